package org.rspnavigator.model.report;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.rspnavigator.model.Catalog;
import org.rspnavigator.model.load.CatalogLoader;
import org.rspnavigator.model.report.VerificationReport.Totals;

/**
 * Prints a summary of the verification report and writes it as Markdown; run by
 * {@code bin/verification-report}.
 *
 * <pre>
 * VerificationReportCommand [--catalog DIR] [--write FILE | --check FILE]
 * </pre>
 *
 * The catalog is read from the class path, or from {@code DIR} when given. {@code --write}
 * writes the page to {@code FILE}; {@code --check} writes nothing and exits with status 1 when
 * {@code FILE} is not what the catalog gives.
 */
public final class VerificationReportCommand {

    private VerificationReportCommand() {
    }

    public static void main(String[] args) throws IOException {
        Path catalogDir = null;
        Path write = null;
        Path check = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--catalog" -> catalogDir = Path.of(value(args, ++i));
                case "--write" -> write = Path.of(value(args, ++i));
                case "--check" -> check = Path.of(value(args, ++i));
                default -> usage("unknown argument '" + args[i] + "'");
            }
        }
        Catalog catalog = catalogDir == null ? CatalogLoader.loadFromClasspath() : CatalogLoader.load(catalogDir);
        VerificationReport report = VerificationReport.of(catalog);
        String page = VerificationReportMarkdown.render(report, catalog.edition().edition());
        printSummary(report, System.out);
        if (write != null) {
            Files.createDirectories(write.toAbsolutePath().getParent());
            Files.writeString(write, page, StandardCharsets.UTF_8);
            System.out.println("Written: " + write);
        }
        if (check != null) {
            String current = Files.exists(check) ? Files.readString(check, StandardCharsets.UTF_8) : "";
            if (!current.equals(page)) {
                System.out.println(check + " is out of date: run " + VerificationReportMarkdown.COMMAND);
                System.exit(1);
            }
            System.out.println(check + " is up to date.");
        }
    }

    /** A few lines: the totals, the target, what is left to verify and what cannot be opened. */
    public static void printSummary(VerificationReport report, PrintStream out) {
        out.println("IHE profile verification report");
        out.println(totals("The portfolio's own profiles", report.portfolio()));
        out.println(totals("All profiles", report.all()));
        out.println(report.target().line());
        out.println("Facts not verified: " + report.notVerified().size() + "; sources cited: " + report.sources().size()
                + ", without a public address: " + report.sourcesWithoutPublicAddress().size()
                + "; verified facts without a public source: " + report.untraceable().size() + ".");
    }

    private static String totals(String label, Totals t) {
        var c = t.facts();
        return label + " (" + t.profiles() + "): " + c.total() + " facts, " + c.verified() + " verified, " + c.partial()
                + " partly verified, " + c.unverified() + " unverified (" + c.verifiedPercent() + " verified).";
    }

    private static String value(String[] args, int i) {
        if (i >= args.length) {
            usage(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    private static void usage(String problem) {
        System.err.println(problem);
        System.err.println("usage: VerificationReportCommand [--catalog DIR] [--write FILE | --check FILE]");
        System.exit(2);
    }
}
