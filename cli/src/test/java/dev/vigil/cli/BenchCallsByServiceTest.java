package dev.vigil.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class BenchCallsByServiceTest {
    @Test
    void sumsOperationsPerServiceLargestFirst() {
        Map<String, Long> byOperation = Map.of("ec2:DescribeVpcs", 1200L, "ec2:DescribeSubnets", 1200L,
                "iam:ListUsers", 300L, "kms:ListKeys", 300L, "sts:AssumeRole", 5L);
        assertEquals("ec2 2,400 · iam 300 · kms 300 · sts 5", BenchCommand.callsByService(byOperation));
    }
}
