package dev.vigil.report.html;

import dev.vigil.evaluate.ScanResult;
import dev.vigil.report.CollectionCoverage;
import java.io.IOException;
import java.io.Writer;

/**
 * What the collection did not see, in the HTML report: the banner of an incomplete scan and the collection
 * gaps section (accounts not collected, then failed API calls).
 */
final class CoverageHtml {

    private CoverageHtml() {
    }

    /** The banner under the header when the scan is incomplete; nothing otherwise. */
    static void banner(Writer w, CollectionCoverage coverage) throws IOException {
        if (coverage.complete()) {
            return;
        }
        w.write("<div class=\"banner\" id=\"incomplete-banner\" role=\"alert\"><b>Incomplete scan.</b> "
                + Html.escape(bannerText(coverage)) + "</div>\n");
    }

    static String bannerText(CollectionCoverage coverage) {
        String what = coverage.describe();
        return Character.toUpperCase(what.charAt(0)) + what.substring(1) + "; this report cannot say "
                + (coverage.notCollected().isEmpty() ? "what it did not reach is" : "they are") + " clean.";
    }

    static void section(Writer w, ScanResult r, CollectionCoverage coverage) throws IOException {
        w.write("<section class=\"wide\" id=\"gaps\">\n<h2>Collection gaps<small>" + r.gaps().size()
                + (r.gaps().size() == 1 ? " API call" : " API calls") + " failed, "
                + (coverage.notCollected().isEmpty() ? "every account collected"
                : coverage.notCollected().size() + " of " + coverage.accounts() + " accounts not collected")
                + " — checks could not see these parts of the estate</small></h2>\n");
        if (r.gaps().isEmpty() && coverage.complete()) {
            w.write("<p class=\"empty\">None: every API answered.</p>\n</section>\n");
            return;
        }
        if (coverage.unfinished()) {
            w.write("<p class=\"note\" id=\"unfinished\">The collection did not finish (snapshot RUNNING): resources it "
                    + "had not reached are missing from every section of this report.</p>\n");
        }
        if (!coverage.notCollected().isEmpty()) {
            w.write("<div class=\"scroll\"><table id=\"not-collected\"><thead><tr><th>Provider</th><th>Account</th>"
                    + "<th>Name</th><th>Collection</th></tr></thead><tbody>\n");
            for (ScanResult.AccountInfo a : coverage.notCollected()) {
                w.write("<tr><td>" + Html.escape(a.provider()) + "</td><td class=\"mono\">" + Html.escape(a.id())
                        + "</td><td>" + Html.escape(a.name()) + "</td><td><span class=\"pill st-UNKNOWN\">"
                        + Html.escape(a.status()) + "</span> not collected: nothing about it is known</td></tr>\n");
            }
            w.write("</tbody></table></div>\n");
        }
        if (r.gaps().isEmpty()) {
            w.write("<p class=\"empty\">No API call failed in the accounts that were collected.</p>\n</section>\n");
            return;
        }
        w.write("<div class=\"scroll\"><table id=\"gaps-table\"><thead><tr><th>Provider</th><th>Account</th><th>Region</th>"
                + "<th>Service</th><th>Operation</th><th>Error</th><th>Left unlisted</th><th>Message</th></tr></thead>"
                + "<tbody>\n");
        for (ScanResult.GapInfo g : r.gaps()) {
            w.write("<tr><td>" + Html.escape(g.provider()) + "</td><td class=\"mono\">" + Html.escape(g.accountId())
                    + "</td><td>" + Html.escape(g.region()) + "</td><td>" + Html.escape(g.service()) + "</td><td>"
                    + Html.escape(g.operation()) + "</td><td class=\"mono\">" + Html.escape(g.errorCode())
                    + "</td><td class=\"mono\">" + Html.escape(String.join(", ", g.resourceTypes())) + "</td><td>"
                    + Html.escape(g.message()) + "</td></tr>\n");
        }
        w.write("</tbody></table></div>\n</section>\n");
    }
}
