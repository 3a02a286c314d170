package vn.rehab.bench;

import java.io.File;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** One PNG per figure under target/bench/ (JFreeChart, headless). */
final class Charts {

  private final File dir;

  Charts(File dir) {
    this.dir = dir;
    System.setProperty("java.awt.headless", "true");
  }

  void bars(String file, String title, String axis, DefaultCategoryDataset data, boolean horizontal)
      throws IOException {
    JFreeChart chart = ChartFactory.createBarChart(title, null, axis, data,
        horizontal ? PlotOrientation.HORIZONTAL : PlotOrientation.VERTICAL, true, false, false);
    ((CategoryPlot) chart.getPlot()).getDomainAxis().setMaximumCategoryLabelWidthRatio(0.6f);
    ChartUtils.saveChartAsPNG(new File(dir, file), chart, 1000, horizontal ? 700 : 500);
  }

  void lines(String file, String title, String x, String y, Map<String, List<double[]>> series) throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    series.forEach((name, points) -> {
      XYSeries s = new XYSeries(name);
      points.forEach(p -> s.add(p[0], p[1]));
      data.addSeries(s);
    });
    JFreeChart chart = ChartFactory.createXYLineChart(title, x, y, data, PlotOrientation.VERTICAL, true, false, false);
    ChartUtils.saveChartAsPNG(new File(dir, file), chart, 1000, 500);
  }
}
