package dev.vigil.rego.builtins;

/** The list of builtin families that make up {@link BuiltinRegistry#standard()}. */
final class StandardBuiltins {
  private StandardBuiltins() {}

  static void registerAll(Registrar r, BuiltinCaches caches) {
    ComparisonBuiltins.register(r);
    ArithmeticBuiltins.register(r);
    AggregateBuiltins.register(r);
    ArrayBuiltins.register(r);
    SetBuiltins.register(r);
    TypeBuiltins.register(r);
    ObjectBuiltins.register(r);
    StringBuiltins.register(r);
    EncodingBuiltins.register(r);
    JsonBuiltins.register(r);
    JsonPathBuiltins.register(r);
    JsonPatch.register(r);
    YamlBuiltins.register(r);
    CidrBuiltins.register(r);
    TimeBuiltins.register(r);
    UnitsBuiltins.register(r);
    SemverBuiltins.register(r);
    CryptoBuiltins.register(r);
    BitsBuiltins.register(r);
    GraphBuiltins.register(r);
    UuidBuiltins.register(r);
    RuntimeBuiltins.register(r);
    TemplateBuiltins.register(r);
    JwtBuiltins.register(r);
    JwtEncodeBuiltins.register(r);
    X509Builtins.register(r);
    AwsSigningBuiltins.register(r);
    UriBuiltins.register(r);
    JsonSchemaBuiltins.register(r);
    new RegexBuiltins(caches.regex()).register(r);
    new GlobBuiltins(caches.glob()).register(r);
  }
}
