package dev.vigil.rego.ast;

import dev.vigil.rego.api.Location;

/**
 * A Rego term. Scalars come out of the parser as literals; the compiler turns ground terms into
 * {@link Const}.
 */
public sealed interface Term
        permits Var,
                NullLit,
                BoolLit,
                NumberLit,
                StringLit,
                Ref,
                ArrayLit,
                ObjectLit,
                SetLit,
                ArrayCompr,
                SetCompr,
                ObjectCompr,
                Call,
                Const,
                TemplateString {
    Location loc();
}
