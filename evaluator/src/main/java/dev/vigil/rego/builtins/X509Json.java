package dev.vigil.rego.builtins;

import dev.vigil.rego.value.ArrayValue;
import dev.vigil.rego.value.BooleanValue;
import dev.vigil.rego.value.NullValue;
import dev.vigil.rego.value.NumberValue;
import dev.vigil.rego.value.ObjectValue;
import dev.vigil.rego.value.StringValue;
import dev.vigil.rego.value.Value;
import java.security.cert.CertificateParsingException;
import java.security.cert.X509Certificate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/** Certificates as the JSON Go's encoding/json gives for x509.Certificate (main fields). */
final class X509Json {
  private static final Map<String, String> NAME_FIELDS = Map.of(
      "C", "Country", "O", "Organization", "OU", "OrganizationalUnit", "L", "Locality",
      "ST", "Province", "STREET", "StreetAddress", "2.5.4.17", "PostalCode");

  private X509Json() {}

  static ObjectValue certificate(X509Certificate c) {
    ObjectValue.Builder b = ObjectValue.builder();
    try {
      b.put("Raw", str(Base64.getEncoder().encodeToString(c.getEncoded())));
      b.put("RawTBSCertificate", str(Base64.getEncoder().encodeToString(c.getTBSCertificate())));
    } catch (java.security.cert.CertificateEncodingException e) {
      throw BuiltinException.builtinError("x509: " + e.getMessage(), e);
    }
    b.put("Signature", str(Base64.getEncoder().encodeToString(c.getSignature())));
    b.put("Version", NumberValue.of(c.getVersion()));
    b.put("SerialNumber", NumberValue.of(c.getSerialNumber()));
    b.put("Issuer", name(c.getIssuerX500Principal()));
    b.put("Subject", name(c.getSubjectX500Principal()));
    b.put("NotBefore", str(DateTimeFormatter.ISO_INSTANT.format(c.getNotBefore().toInstant())));
    b.put("NotAfter", str(DateTimeFormatter.ISO_INSTANT.format(c.getNotAfter().toInstant())));
    b.put("KeyUsage", NumberValue.of(keyUsage(c.getKeyUsage())));
    b.put("IsCA", BooleanValue.of(c.getBasicConstraints() >= 0));
    b.put("BasicConstraintsValid", BooleanValue.of(c.getBasicConstraints() >= 0 || c.getExtensionValue("2.5.29.19") != null));
    b.put("MaxPathLen", NumberValue.of(c.getBasicConstraints() == Integer.MAX_VALUE ? -1 : c.getBasicConstraints()));
    b.put("SignatureAlgorithm", str(c.getSigAlgName()));
    b.put("PublicKeyAlgorithm", str(c.getPublicKey().getAlgorithm()));
    Map<Integer, List<Value>> sans = new LinkedHashMap<>();
    try {
      Collection<List<?>> all = c.getSubjectAlternativeNames();
      if (all != null) {
        for (List<?> san : all) {
          sans.computeIfAbsent((Integer) san.get(0), k -> new ArrayList<>()).add(str(String.valueOf(san.get(1))));
        }
      }
    } catch (CertificateParsingException e) {
      throw BuiltinException.builtinError("x509: " + e.getMessage(), e);
    }
    b.put("DNSNames", listOrNull(sans.get(2)));
    b.put("EmailAddresses", listOrNull(sans.get(1)));
    b.put("IPAddresses", listOrNull(sans.get(7)));
    b.put("URIStrings", listOrNull(sans.get(6)));
    return b.build();
  }

  static Value listOrNull(List<Value> items) {
    return items == null || items.isEmpty() ? NullValue.INSTANCE : new ArrayValue(items);
  }

  private static StringValue str(String s) {
    return new StringValue(s);
  }

  private static int keyUsage(boolean[] bits) {
    if (bits == null) {
      return 0;
    }
    int v = 0;
    for (int i = 0; i < bits.length && i < 31; i++) {
      if (bits[i]) {
        v |= 1 << i;
      }
    }
    return v;
  }

  /** pkix.Name: CommonName and SerialNumber as strings, the other attributes as arrays. */
  static ObjectValue name(X500Principal p) {
    Map<String, List<Value>> multi = new LinkedHashMap<>();
    String cn = "";
    String serial = "";
    List<Value> names = new ArrayList<>();
    try {
      List<Rdn> rdns = new ArrayList<>(new LdapName(p.getName(X500Principal.RFC2253)).getRdns());
      for (Rdn rdn : rdns) {
        String type = rdn.getType().toUpperCase(java.util.Locale.ROOT);
        String value = String.valueOf(rdn.getValue() instanceof byte[] ? "" : rdn.getValue());
        names.add(ObjectValue.builder().put("Type", str(type)).put("Value", str(value)).build());
        if (type.equals("CN")) {
          cn = value;
        } else if (type.equals("2.5.4.5") || type.equals("SERIALNUMBER")) {
          serial = value;
        } else if (NAME_FIELDS.containsKey(type)) {
          multi.computeIfAbsent(NAME_FIELDS.get(type), k -> new ArrayList<>()).add(str(value));
        }
      }
    } catch (InvalidNameException e) {
      throw BuiltinException.builtinError("x509: " + e.getMessage(), e);
    }
    ObjectValue.Builder b = ObjectValue.builder();
    for (String field : List.of("Country", "Organization", "OrganizationalUnit", "Locality", "Province",
        "StreetAddress", "PostalCode")) {
      b.put(field, listOrNull(multi.get(field)));
    }
    b.put("SerialNumber", str(serial));
    b.put("CommonName", str(cn));
    b.put("Names", new ArrayValue(names));
    b.put("ExtraNames", NullValue.INSTANCE);
    return b.build();
  }
}
