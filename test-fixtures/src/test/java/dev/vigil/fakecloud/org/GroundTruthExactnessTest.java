package dev.vigil.fakecloud.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every planted finding fails its check and nothing else fails any check: the ground truth is exact. */
class GroundTruthExactnessTest {

    @ParameterizedTest
    @ValueSource(longs = {42L, 1L, 7L, 2026L})
    void groundTruthEqualsIndependentEvaluation(long seed) {
        OrgSpec spec = seed == 42L ? OrgSpec.demo() : new OrgSpec(40, List.of("us-east-1", "eu-west-1"), seed, 3, 2,
                null, 2, 0.1);
        SyntheticOrg org = SyntheticOrgGenerator.generate(spec);
        assertThat(new ModelChecker(org).run()).containsExactlyElementsOf(new TreeSet<>(org.groundTruth().findings()));
    }
}
