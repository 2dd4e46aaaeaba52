package se.omvarldsradar.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A bar chart laid out on the server, so the page draws it as plain SVG without JavaScript or inline
 * styles: every rectangle and label has its coordinates here, colours come from CSS classes.
 */
public record BarChart(int width, int height, List<Bar> bars, List<Text> labels, List<Line> grid, List<Series> legend) {
    static final int WIDTH = 720;
    static final int HEIGHT = 260;
    private static final int LEFT = 40;
    private static final int RIGHT = 10;
    private static final int TOP = 10;
    private static final int BOTTOM = 40;

    /** One rectangle; {@code title} is its tooltip and accessible text. */
    public record Bar(double x, double y, double w, double h, String css, String title) {
    }

    /** One label at a point; {@code anchor} is the SVG text-anchor. */
    public record Text(double x, double y, String text, String anchor) {
    }

    /** One horizontal grid line. */
    public record Line(double x1, double y1, double x2, double y2) {
    }

    /** One series of the legend, with its colour class. */
    public record Series(String label, String css) {
    }

    /** A column: its label and the stacked segments, each a value of one series. */
    record Column(String label, String description, List<Long> values) {
    }

    static BarChart stacked(List<Column> columns, List<Series> series) {
        long max = Math.max(1, columns.stream().mapToLong(c -> c.values().stream().mapToLong(Long::longValue).sum()).max().orElse(1));
        long step = niceStep(max);
        long top = ((max + step - 1) / step) * step;
        double plotW = WIDTH - LEFT - RIGHT;
        double plotH = HEIGHT - TOP - BOTTOM;
        double slot = plotW / Math.max(1, columns.size());
        double barW = Math.max(2, slot * 0.7);
        List<Bar> bars = new ArrayList<>();
        List<Text> labels = new ArrayList<>();
        List<Line> grid = new ArrayList<>();
        for (long v = 0; v <= top; v += step) {
            double y = TOP + plotH - plotH * v / top;
            grid.add(new Line(LEFT, y, WIDTH - RIGHT, y));
            labels.add(new Text(LEFT - 6, y + 4, Long.toString(v), "end"));
        }
        int every = Math.max(1, (int) Math.ceil(columns.size() / 13.0));
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            double x = LEFT + i * slot + (slot - barW) / 2;
            double y = TOP + plotH;
            for (int s = 0; s < c.values().size(); s++) {
                long v = c.values().get(s);
                if (v == 0) {
                    continue;
                }
                double h = plotH * v / top;
                y -= h;
                bars.add(new Bar(round(x), round(y), round(barW), round(h), series.get(s).css(),
                        c.description() + ": " + series.get(s).label() + " " + v));
            }
            if (i % every == 0) {
                labels.add(new Text(round(x + barW / 2), HEIGHT - BOTTOM + 16, c.label(), "middle"));
            }
        }
        return new BarChart(WIDTH, HEIGHT, bars, labels, grid, series);
    }

    /** 1, 2 or 5 times a power of ten, giving at most five grid lines. */
    private static long niceStep(long max) {
        long step = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (max / (step * m) <= 5) {
                    return step * m;
                }
            }
            step *= 10;
        }
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }

    public String viewBox() {
        return "0 0 " + width + " " + height;
    }
}
