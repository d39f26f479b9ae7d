package org.passerelle.cli;

import org.passerelle.PasserelleException;
import org.passerelle.footprint.Range;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Draws a model comparison as horizontal bars, one panel per criterion, each bar the mean with a
 * min–max whisker, as SVG (text, written directly) or PNG (Java2D). Both go through the same
 * {@link Canvas} so that they show the same thing.
 */
final class ComparisonChart {

    /** One bar group's values (a model, a team, a month...), in the base unit of each criterion drawn, in order. */
    record Row(String model, List<Range> values) {
    }

    private static final int WIDTH = 860;
    private static final int LABEL_WIDTH = 260;
    private static final int BAR_HEIGHT = 22;
    private static final int PANEL_GAP = 46;
    private static final String[] PALETTE = {"#1b6ca8", "#2a9d8f", "#e9c46a", "#f4a261", "#e76f51", "#6d597a"};

    private ComparisonChart() {
    }

    /** All five criteria, in {@link ReadableQuantity} order. */
    static void write(Path file, String title, List<Row> rows) {
        write(file, title, rows, List.of(ReadableQuantity.values()));
    }

    /** The criteria given, one panel each; each row holds one value per criterion, in the same order. */
    static void write(Path file, String title, List<Row> rows, List<ReadableQuantity> quantities) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        int height = 60 + quantities.size() * (PANEL_GAP + rows.size() * (BAR_HEIGHT + 6));
        try {
            if (name.endsWith(".svg")) {
                SvgCanvas canvas = new SvgCanvas(WIDTH, height);
                draw(canvas, title, rows, quantities);
                Files.writeString(file, canvas.finish(), StandardCharsets.UTF_8);
            } else if (name.endsWith(".png")) {
                BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
                Graphics2D graphics = image.createGraphics();
                graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
                graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
                graphics.setColor(Color.WHITE);
                graphics.fillRect(0, 0, WIDTH, height);
                draw(new Java2dCanvas(graphics), title, rows, quantities);
                graphics.dispose();
                ImageIO.write(image, "png", file.toFile());
            } else {
                throw new PasserelleException(PasserelleException.Kind.INVALID_INPUT, "unknown-chart-format",
                        "the chart file must end in .svg or .png");
            }
        } catch (IOException e) {
            throw new PasserelleException(PasserelleException.Kind.UNAVAILABLE, "chart-not-written",
                    "cannot write the chart file: " + e.getClass().getSimpleName());
        }
    }

    private static void draw(Canvas canvas, String title, List<Row> rows, List<ReadableQuantity> quantities) {
        canvas.text(20, 30, title, 18, "#222222", false);
        int y = 60;
        for (int q = 0; q < quantities.size(); q++) {
            ReadableQuantity quantity = quantities.get(q);
            double top = 0;
            double largestMean = 0;
            for (Row row : rows) {
                top = Math.max(top, row.values().get(q).max());
                largestMean = Math.max(largestMean, row.values().get(q).mean());
            }
            int unit = quantity.unitFor(largestMean);
            canvas.text(20, y + 16, quantity.label() + " (" + quantity.unit(unit) + ", mean and min–max)", 14, "#222222", true);
            y += 26;
            double scale = top > 0 ? (WIDTH - LABEL_WIDTH - 90) / top : 0;
            for (int r = 0; r < rows.size(); r++) {
                Range value = rows.get(r).values().get(q);
                int barWidth = (int) Math.round(value.mean() * scale);
                canvas.text(20, y + 16, rows.get(r).model(), 12, "#333333", false);
                canvas.rect(LABEL_WIDTH, y, Math.max(barWidth, 1), BAR_HEIGHT, PALETTE[r % PALETTE.length]);
                if (!value.isScalar()) {
                    int x1 = LABEL_WIDTH + (int) Math.round(value.min() * scale);
                    int x2 = LABEL_WIDTH + (int) Math.round(value.max() * scale);
                    canvas.line(x1, y + BAR_HEIGHT / 2, x2, y + BAR_HEIGHT / 2, "#111111");
                    canvas.line(x1, y + 4, x1, y + BAR_HEIGHT - 4, "#111111");
                    canvas.line(x2, y + 4, x2, y + BAR_HEIGHT - 4, "#111111");
                }
                canvas.text(LABEL_WIDTH + Math.max(barWidth, (int) Math.round(value.max() * scale)) + 8, y + 16,
                        ReadableQuantity.significant(quantity.inUnit(value.mean(), unit)), 12, "#333333", false);
                y += BAR_HEIGHT + 6;
            }
            y += PANEL_GAP - 26;
        }
    }

    private interface Canvas {
        void rect(int x, int y, int width, int height, String color);

        void line(int x1, int y1, int x2, int y2, String color);

        void text(int x, int y, String text, int size, String color, boolean bold);
    }

    private static final class SvgCanvas implements Canvas {
        private final StringBuilder svg = new StringBuilder();

        SvgCanvas(int width, int height) {
            svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
                    .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                    .append("\" font-family=\"sans-serif\">\n<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n");
        }

        @Override
        public void rect(int x, int y, int width, int height, String color) {
            svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"%s\"/>%n",
                    x, y, width, height, color));
        }

        @Override
        public void line(int x1, int y1, int x2, int y2, String color) {
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"%s\" stroke-width=\"1.5\"/>%n",
                    x1, y1, x2, y2, color));
        }

        @Override
        public void text(int x, int y, String text, int size, String color, boolean bold) {
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" font-size=\"%d\" fill=\"%s\"%s>%s</text>%n",
                    x, y, size, color, bold ? " font-weight=\"bold\"" : "", escape(text)));
        }

        String finish() {
            return svg.append("</svg>\n").toString();
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
        }
    }

    private record Java2dCanvas(Graphics2D graphics) implements Canvas {
        @Override
        public void rect(int x, int y, int width, int height, String color) {
            graphics.setColor(Color.decode(color));
            graphics.fillRect(x, y, width, height);
        }

        @Override
        public void line(int x1, int y1, int x2, int y2, String color) {
            graphics.setColor(Color.decode(color));
            graphics.setStroke(new BasicStroke(1.5f));
            graphics.drawLine(x1, y1, x2, y2);
        }

        @Override
        public void text(int x, int y, String text, int size, String color, boolean bold) {
            graphics.setColor(Color.decode(color));
            graphics.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
            graphics.drawString(text, x, y);
        }
    }
}
