// WriteSvg: per call site, requests per second over time for both policies, and the share of
// conversations answered within each time. Plain SVG 1.1 with no script or external style, so a
// browser and a pull-request comment show it the same.

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <string>
#include <vector>

#include "report/xml.h"
#include "simulate/reports.h"

namespace cxlint::simulate {

namespace {

constexpr double kPanelWidth = 440, kPanelHeight = 300;
constexpr double kLeft = 64, kRight = 16, kTop = 34, kBottom = 52;  // margins inside a panel
constexpr double kSiteHeight = 96 + kPanelHeight;                   // title and legend, then panels
constexpr int kMaxPoints = 240;                                     // points per drawn series

struct Series {
  const char* name;
  const char* colour;
  uint32_t SecondCounts::*field;
};

// Colour-blind-safe colours (Okabe and Ito).
const Series kRequestSeries[] = {
    {"offered conversations", "#0072B2", &SecondCounts::offered},
    {"requests sent to the far end", "#009E73", &SecondCounts::sent},
    {"rejected (HTTP 429 or Genesys limit)", "#E69F00", &SecondCounts::rejected},
    {"conversations lost", "#D55E00", &SecondCounts::lost},
};
const char* const kWrittenColour = "#CC79A7";
const char* const kRecommendedColour = "#000000";

std::string Num(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  return text;
}

// A round step for about `ticks` ticks up to `max`: 1, 2 or 5 times a power of ten.
double TickStep(double max, int ticks) {
  if (max <= 0) return 1;
  const double raw = max / ticks;
  const double power = std::pow(10.0, std::floor(std::log10(raw)));
  for (double factor : {1.0, 2.0, 5.0, 10.0}) {
    if (factor * power >= raw) return factor * power;
  }
  return 10 * power;
}

std::string Label(double value) {
  char text[32];
  std::snprintf(text, sizeof text, value == std::floor(value) ? "%.0f" : "%.1f", value);
  return text;
}

struct Panel {
  double x, y;  // top-left corner of the panel
  double PlotLeft() const { return x + kLeft; }
  double PlotRight() const { return x + kPanelWidth - kRight; }
  double PlotTop() const { return y + kTop; }
  double PlotBottom() const { return y + kPanelHeight - kBottom; }
  double X(double share) const { return PlotLeft() + share * (PlotRight() - PlotLeft()); }
  double Y(double share) const { return PlotBottom() - share * (PlotBottom() - PlotTop()); }
};

void Text(std::string& svg, double x, double y, const std::string& text, const char* anchor = "start",
          const char* extra = "") {
  svg += "<text x=\"" + Num(x) + "\" y=\"" + Num(y) + "\" text-anchor=\"" + anchor + "\"" + extra + ">" +
         report::XmlEscape(text) + "</text>\n";
}

// Axes, grid, tick labels and titles of a panel whose axes run 0..x_max and 0..y_max.
// Opens the panel's group: its data ranges and plot box, so a reader (the SVG test) can turn the
// drawn points back into numbers. Closed by the caller with "</g>".
void Axes(std::string& svg, const Panel& panel, const std::string& title, double x_max, double x_step,
          const std::string& x_title, double y_max, double y_step, const std::string& y_title) {
  svg += "<g class=\"panel\" data-x-max=\"" + Num(x_max) + "\" data-y-max=\"" + Num(y_max) + "\" data-plot=\"" +
         Num(panel.PlotLeft()) + " " + Num(panel.PlotTop()) + " " + Num(panel.PlotRight()) + " " +
         Num(panel.PlotBottom()) + "\">\n";
  Text(svg, panel.x + kPanelWidth / 2, panel.y + 18, title, "middle", " font-weight=\"bold\"");
  for (double v = 0; v <= y_max + y_step / 1000; v += y_step) {
    const double y = panel.Y(v / y_max);
    svg += "<line x1=\"" + Num(panel.PlotLeft()) + "\" y1=\"" + Num(y) + "\" x2=\"" + Num(panel.PlotRight()) +
           "\" y2=\"" + Num(y) + "\" stroke=\"#dddddd\"/>\n";
    Text(svg, panel.PlotLeft() - 6, y + 4, Label(v), "end");
  }
  for (double v = 0; v <= x_max + x_step / 1000; v += x_step) {
    const double x = panel.X(v / x_max);
    svg += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(panel.PlotBottom()) + "\" x2=\"" + Num(x) + "\" y2=\"" +
           Num(panel.PlotBottom() + 5) + "\" stroke=\"#333333\"/>\n";
    Text(svg, x, panel.PlotBottom() + 18, Label(v), "middle");
  }
  svg += "<rect x=\"" + Num(panel.PlotLeft()) + "\" y=\"" + Num(panel.PlotTop()) + "\" width=\"" +
         Num(panel.PlotRight() - panel.PlotLeft()) + "\" height=\"" + Num(panel.PlotBottom() - panel.PlotTop()) +
         "\" fill=\"none\" stroke=\"#333333\"/>\n";
  Text(svg, (panel.PlotLeft() + panel.PlotRight()) / 2, panel.PlotBottom() + 38, x_title, "middle");
  const double mid = (panel.PlotTop() + panel.PlotBottom()) / 2;
  svg += "<text x=\"" + Num(panel.x + 16) + "\" y=\"" + Num(mid) + "\" text-anchor=\"middle\" transform=\"rotate(-90 " +
         Num(panel.x + 16) + " " + Num(mid) + ")\">" + report::XmlEscape(y_title) + "</text>\n";
}

void Polyline(std::string& svg, const std::vector<std::pair<double, double>>& points, const char* colour,
              const std::string& series) {
  svg += "<polyline class=\"series\" data-series=\"" + report::XmlEscape(series) + "\" fill=\"none\" stroke=\"" +
         colour + "\" stroke-width=\"1.6\" points=\"";
  for (size_t i = 0; i < points.size(); ++i) svg += (i ? " " : "") + Num(points[i].first) + "," + Num(points[i].second);
  svg += "\"/>\n";
}

// Per-second counts averaged over bins of `bin` seconds.
std::vector<double> Binned(const RunStats& stats, uint32_t SecondCounts::*field, size_t bin, size_t length) {
  std::vector<double> out;
  for (size_t start = 0; start < length; start += bin) {
    double sum = 0;
    for (size_t s = start; s < start + bin && s < length; ++s)
      sum += s < stats.seconds.size() ? stats.seconds[s].*field : 0;
    out.push_back(sum / static_cast<double>(std::min(bin, length - start)));
  }
  return out;
}

void RequestPanel(std::string& svg, const Panel& panel, const std::string& title, const RunStats& stats, size_t length,
                  size_t bin, double y_max, double y_step) {
  const bool minutes = length > 180;
  const double x_max = minutes ? static_cast<double>(length) / 60 : static_cast<double>(length);
  Axes(svg, panel, title, x_max, TickStep(x_max, 6),
       minutes ? "time since the start (minutes)" : "time since the start (seconds)", y_max, y_step,
       bin > 1 ? "per second (" + std::to_string(bin) + " s averages)" : "per second");
  for (const Series& series : kRequestSeries) {
    const std::vector<double> values = Binned(stats, series.field, bin, length);
    std::vector<std::pair<double, double>> points;
    for (size_t i = 0; i < values.size(); ++i) {
      // Each bin is drawn at its middle.
      const double t = (static_cast<double>(i * bin) + static_cast<double>(std::min(bin, length - i * bin)) / 2) /
                       static_cast<double>(length);
      points.emplace_back(panel.X(t), panel.Y(std::min(1.0, values[i] / y_max)));
    }
    Polyline(svg, points, series.colour, series.name);
  }
  svg += "</g>\n";
}

// The share of all conversations answered within each time, up to `x_max` seconds.
std::vector<std::pair<double, double>> AnsweredWithin(const Panel& panel, const RunStats& stats, double x_max) {
  std::vector<std::pair<double, double>> points;
  for (int i = 0; i <= 200; ++i) {
    const double seconds = x_max * i / 200;
    const Micros limit = static_cast<Micros>(seconds * kMicrosPerSecond);
    const auto within = std::upper_bound(stats.times_to_answer.begin(), stats.times_to_answer.end(), limit);
    const double share = stats.conversations == 0 ? 0
                                                  : static_cast<double>(within - stats.times_to_answer.begin()) /
                                                        static_cast<double>(stats.conversations);
    points.emplace_back(panel.X(seconds / x_max), panel.Y(share));
  }
  return points;
}

void LegendEntry(std::string& svg, double& x, double y, const char* colour, const std::string& name) {
  svg += "<line x1=\"" + Num(x) + "\" y1=\"" + Num(y - 4) + "\" x2=\"" + Num(x + 22) + "\" y2=\"" + Num(y - 4) +
         "\" stroke=\"" + colour + "\" stroke-width=\"3\"/>\n";
  Text(svg, x + 28, y, name);
  x += 40 + 7.0 * static_cast<double>(name.size());
}

void WriteSite(std::string& svg, const SiteRun& run, double top) {
  Text(svg, 16, top + 22, run.site.subject, "start", " font-size=\"15\" font-weight=\"bold\"");
  Text(svg, 16, top + 42,
       (run.site.where.empty() ? std::string() : run.site.where + ", ") + "host " +
           (run.site.host.empty() ? "(unknown)" : run.site.host));
  double x = 16;
  for (const Series& series : kRequestSeries) LegendEntry(svg, x, top + 66, series.colour, series.name);
  x = 16;
  LegendEntry(svg, x, top + 86, kWrittenColour, "time to answer, as written");
  LegendEntry(svg, x, top + 86, kRecommendedColour, "time to answer, recommended");

  size_t length = std::max(run.as_written.seconds.size(), run.recommended.seconds.size());
  length = std::max<size_t>(length, 1);
  const size_t bin = std::max<size_t>(1, (length + kMaxPoints - 1) / kMaxPoints);
  double y_top = 1;
  for (const RunStats* stats : {&run.as_written, &run.recommended}) {
    for (const Series& series : kRequestSeries) {
      for (double value : Binned(*stats, series.field, bin, length)) y_top = std::max(y_top, value);
    }
  }
  const double y_step = TickStep(y_top, 5);
  const double y_max = std::ceil(y_top / y_step) * y_step;
  const double panels_top = top + 96;
  RequestPanel(svg, {0, panels_top}, "As written: " + run.site.as_written.description, run.as_written, length, bin,
               y_max, y_step);
  RequestPanel(svg, {kPanelWidth, panels_top}, "Recommended: backoff with full jitter", run.recommended, length, bin,
               y_max, y_step);

  const Panel cdf{2 * kPanelWidth, panels_top};
  const double slowest =
      static_cast<double>(std::max(run.as_written.Percentile(0.99), run.recommended.Percentile(0.99))) /
      kMicrosPerSecond;
  const double x_step = TickStep(std::max(slowest * 1.1, 0.5), 5);
  const double x_max = std::ceil(std::max(slowest * 1.1, 0.5) / x_step) * x_step;
  Axes(svg, cdf, "Time to answer", x_max, x_step, "seconds after the conversation arrived", 100, 20,
       "% of conversations answered within");
  Polyline(svg, AnsweredWithin(cdf, run.as_written, x_max), kWrittenColour, "time to answer, as written");
  Polyline(svg, AnsweredWithin(cdf, run.recommended, x_max), kRecommendedColour, "time to answer, recommended");
  svg += "</g>\n";
}

}  // namespace

void WriteSvg(const Simulation& simulation, std::ostream& out) {
  const double width = 3 * kPanelWidth;
  const double height = std::max<double>(1, static_cast<double>(simulation.sites.size())) * kSiteHeight;
  std::string svg =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
      Num(width) + "\" height=\"" + Num(height) + "\" viewBox=\"0 0 " + Num(width) + " " + Num(height) +
      "\" font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n";
  svg += "<title>cxlint simulate: " + report::XmlEscape(simulation.profile_name) + " profile, peak " +
         report::XmlEscape(Label(simulation.peak_per_s)) + " conversations per second</title>\n";
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"#ffffff\"/>\n";
  for (size_t i = 0; i < simulation.sites.size(); ++i) {
    svg += "<g class=\"call-site\" data-call=\"" + report::XmlEscape(simulation.sites[i].site.subject) + "\">\n";
    WriteSite(svg, simulation.sites[i], static_cast<double>(i) * kSiteHeight);
    svg += "</g>\n";
  }
  if (simulation.sites.empty()) Text(svg, 16, 24, "No outbound call to simulate.");
  svg += "</svg>\n";
  out << svg;
}

}  // namespace cxlint::simulate
