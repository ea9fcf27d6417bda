package dev.vigil.fakecloud.org;

/** A VPC peering connection requested by a VPC of this account; the accepter may live in another account. */
public record PeeringConnection(String id, String requesterVpcId, String requesterCidr, String accepterOwnerId,
        String accepterVpcId, String accepterCidr) {

    public String arn(String region, String accountId) {
        return "arn:aws:ec2:" + region + ":" + accountId + ":vpc-peering-connection/" + id;
    }
}
