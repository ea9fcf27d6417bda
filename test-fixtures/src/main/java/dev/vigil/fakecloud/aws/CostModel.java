package dev.vigil.fakecloud.aws;

import dev.vigil.fakecloud.org.AccountResources;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Monthly unblended cost per account and service. The last full month before generation costs
 * {@code monthlySpend}; each month before it costs {@code 1/spendGrowth} of the next one, so a planted account
 * grows 100 % every month whichever month an evaluation calls "last".
 */
final class CostModel {
    static final Map<String, Double> SERVICE_SHARES = shares();

    private final YearMonth lastFull;
    private final YearMonth current;
    private final double currentFraction;

    CostModel(Instant generatedAt) {
        LocalDate today = generatedAt.atZone(ZoneOffset.UTC).toLocalDate();
        this.current = YearMonth.from(today);
        this.lastFull = current.minusMonths(1);
        this.currentFraction = (double) today.getDayOfMonth() / current.lengthOfMonth();
    }

    boolean hasData(YearMonth month) {
        return !month.isAfter(current);
    }

    boolean estimated(YearMonth month) {
        return month.equals(current);
    }

    /** Amount per service for one account and month, two decimals. */
    Map<String, BigDecimal> byService(AccountResources r, YearMonth month) {
        long k = ChronoUnit.MONTHS.between(lastFull, month);
        double total = r.monthlySpend() * Math.pow(r.spendGrowth(), k);
        if (month.equals(current)) {
            total *= currentFraction;
        }
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Map.Entry<String, Double> e : SERVICE_SHARES.entrySet()) {
            out.put(e.getKey(), BigDecimal.valueOf(total * e.getValue()).setScale(2, RoundingMode.HALF_UP));
        }
        return out;
    }

    private static Map<String, Double> shares() {
        Map<String, Double> m = new LinkedHashMap<>();
        List<String> names = List.of("Amazon Elastic Compute Cloud - Compute", "Amazon Simple Storage Service",
                "AWS CloudTrail", "AWS Key Management Service", "Amazon Virtual Private Cloud");
        double[] shares = {0.45, 0.2, 0.15, 0.1, 0.1};
        for (int i = 0; i < names.size(); i++) {
            m.put(names.get(i), shares[i]);
        }
        return m;
    }
}
