package dev.vigil.cli;

import dev.vigil.fakecloud.fault.FaultRule;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads a {@code --fault} value; a malformed one is a usage error naming the expected syntax. */
final class FaultRuleConverter implements ITypeConverter<FaultRule> {
    @Override
    public FaultRule convert(String value) {
        try {
            return FaultRule.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
