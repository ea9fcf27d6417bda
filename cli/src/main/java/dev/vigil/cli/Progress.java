package dev.vigil.cli;

import dev.vigil.collect.ProgressListener;
import dev.vigil.snapshot.Target;
import dev.vigil.text.VisibleText;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar on a terminal, plain log lines otherwise (CI, pipes). */
final class Progress implements ProgressListener, AutoCloseable {
    private final boolean tty;
    private final PrintStream out;
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile ProgressBar bar;

    Progress(boolean tty, PrintStream out) {
        this.tty = tty;
        this.out = out;
    }

    static Progress forConsole() {
        return new Progress(System.console() != null, System.err);
    }

    @Override
    public void discovered(int toCollect, int skipped, int alreadyDone) {
        total = toCollect;
        out.printf("discovered: %d account(s) to collect, %d skipped, %d already collected%n", toCollect, skipped,
                alreadyDone);
        if (tty) {
            bar = new ProgressBarBuilder().setTaskName("collect").setInitialMax(toCollect)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(out))
                    .build();
        }
    }

    @Override
    public void targetDone(Target t) {
        int n = done.incrementAndGet();
        ProgressBar b = bar;
        if (b != null) {
            b.step();
            b.setExtraMessage(VisibleText.line(t.accountId()) + " " + t.status());
        } else {
            out.printf("[%d/%d] %s %s %s resources, %s calls%s%n", n, total, VisibleText.line(t.accountId()),
                    t.status(), t.resourceCount(), t.apiCalls(),
                    t.reason() == null ? "" : " (" + VisibleText.line(t.reason()) + ")");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
