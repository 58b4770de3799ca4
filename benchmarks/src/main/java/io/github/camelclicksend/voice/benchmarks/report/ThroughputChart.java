package io.github.camelclicksend.voice.benchmarks.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

import io.github.camelclicksend.voice.benchmarks.load.LoadPoint;

/** Messages per second by batch size, one line per contender, one panel per number of callers (log scale). */
public final class ThroughputChart {

    private static final int WIDTH = 1500;
    private static final int HEIGHT = 620;
    private static final Map<String, Color> COLORS = Map.of(
            "component", new Color(0xD62728),
            "component-async-api", new Color(0xFF7F0E),
            "camel-http", new Color(0x1F77B4),
            "httpclient5", new Color(0x2CA02C),
            "httpclient5-classic", new Color(0x17BECF),
            "jdk-httpclient", new Color(0x9467BD),
            "clicksend-sdk", new Color(0x7F7F7F));

    private ThroughputChart() {
    }

    public static void write(List<LoadPoint> points, List<String> contenders, List<Integer> concurrencies, Path png)
            throws IOException {
        System.setProperty("java.awt.headless", "true");
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int panelWidth = WIDTH / concurrencies.size();
        for (int i = 0; i < concurrencies.size(); i++) {
            int callers = concurrencies.get(i);
            chart(points, contenders, callers).draw(g, new Rectangle2D.Double(i * panelWidth, 0, panelWidth, HEIGHT));
        }
        g.dispose();
        ImageIO.write(image, "png", png.toFile());
    }

    private static JFreeChart chart(List<LoadPoint> points, List<String> contenders, int callers) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (String contender : contenders) {
            for (LoadPoint p : points) {
                if (p.contender().equals(contender) && p.concurrency() == callers) {
                    data.addValue(Math.max(1, p.messagesPerSecond()), contender, Integer.valueOf(p.batchSize()));
                }
            }
        }
        LogAxis range = new LogAxis("messages per second (log scale)");
        range.setBase(10);
        range.setTickUnit(new NumberTickUnit(1));
        range.setNumberFormatOverride(new DecimalFormat("#,##0"));
        range.setMinorTickCount(9);
        range.setMinorTickMarksVisible(true);
        range.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        range.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        CategoryAxis domain = new CategoryAxis("messages per request (batch size)");
        domain.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 15));
        domain.setTickLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        LineAndShapeRenderer renderer = new LineAndShapeRenderer(true, true);
        for (int s = 0; s < data.getRowCount(); s++) {
            String contender = (String) data.getRowKey(s);
            renderer.setSeriesPaint(s, COLORS.getOrDefault(contender, Color.BLACK));
            renderer.setSeriesStroke(s, new BasicStroke(contender.equals("component") ? 4f : 2f));
        }
        CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
        plot.setBackgroundPaint(Color.WHITE);
        plot.setRangeGridlinePaint(new Color(0xCCCCCC));
        plot.setRangeGridlinesVisible(true);
        JFreeChart chart = new JFreeChart(callers + (callers == 1 ? " caller" : " callers"),
                new Font(Font.SANS_SERIF, Font.BOLD, 18), plot, true);
        chart.getLegend().setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        chart.setBackgroundPaint(Color.WHITE);
        return chart;
    }
}
