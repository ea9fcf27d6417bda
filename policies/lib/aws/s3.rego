# METADATA
# scope: package
# title: S3 helpers
# description: Public access block flags shared by the account-level and bucket-level checks.
package vigil.lib.aws.s3

pab_flags := ["BlockPublicAcls", "IgnorePublicAcls", "BlockPublicPolicy", "RestrictPublicBuckets"]

# weak_pab_flags(cfg) lists the public access block flags that are not true; all four when cfg is null.
weak_pab_flags(cfg) := pab_flags if cfg == null

weak_pab_flags(cfg) := [f | some f in pab_flags; object.get(cfg, f, false) != true] if is_object(cfg)
