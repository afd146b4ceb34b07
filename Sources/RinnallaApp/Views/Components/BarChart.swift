import Foundation

/// A vertical bar chart drawn on the server as inline SVG (no script): `role="img"` with a
/// title and description, each bar's value written above it, and a table beside it on the
/// page carrying the same figures for assistive technology and print.
enum BarChart {
    struct Bar: Sendable {
        let label: String
        /// Bar height as a share of the chart's scale, 0…1; nil draws no bar (hidden or no value).
        let fraction: Double?
        /// Written above the bar (or on the axis when there is no bar).
        let valueText: String
    }

    static func svg(_ bars: [Bar], id: String, title: String, description: String) -> String {
        let barWidth = bars.count > 12 ? 22.0 : 44.0
        let gap = bars.count > 12 ? 8.0 : 16.0
        let left = 12.0
        let top = 24.0
        let plotHeight = 160.0
        let labelHeight = bars.count > 12 ? 56.0 : 28.0
        let width = left * 2 + Double(bars.count) * (barWidth + gap)
        let height = top + plotHeight + labelHeight
        let colour = "#1d4ed8"
        func f(_ value: Double) -> String { String(format: "%.1f", value) }
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"bar-chart\" viewBox=\"0 0 \(Int(width.rounded(.up))) \(Int(height))\" width=\"\(Int(width.rounded(.up)))\" height=\"\(Int(height))\" aria-labelledby=\"\(id)-title \(id)-desc\" focusable=\"false\">"
        svg += "<title id=\"\(id)-title\">\(escape(title))</title>"
        svg += "<desc id=\"\(id)-desc\">\(escape(description))</desc>"
        let baseline = top + plotHeight
        svg +=
            "<line x1=\"\(f(left - 4))\" y1=\"\(f(baseline))\" x2=\"\(f(width - left + 4))\" y2=\"\(f(baseline))\" stroke=\"#374151\" stroke-width=\"1\"/>"
        for (index, bar) in bars.enumerated() {
            let x = left + gap / 2 + Double(index) * (barWidth + gap)
            let centre = x + barWidth / 2
            let fraction = bar.fraction.map { Swift.min(Swift.max($0, 0), 1) }
            let barHeight = (fraction ?? 0) * plotHeight
            if let fraction, fraction > 0 {
                svg +=
                    "<rect x=\"\(f(x))\" y=\"\(f(baseline - barHeight))\" width=\"\(f(barWidth))\" height=\"\(f(barHeight))\" fill=\"\(colour)\"><title>\(escape("\(bar.label): \(bar.valueText)"))</title></rect>"
            }
            svg +=
                "<text x=\"\(f(centre))\" y=\"\(f(baseline - barHeight - 6))\" font-size=\"11\" text-anchor=\"middle\" fill=\"#111827\">\(escape(bar.valueText))</text>"
            if bars.count > 12 {
                svg +=
                    "<text x=\"\(f(centre))\" y=\"\(f(baseline + 12))\" font-size=\"11\" text-anchor=\"end\" fill=\"#111827\" transform=\"rotate(-45 \(f(centre)) \(f(baseline + 12)))\">\(escape(bar.label))</text>"
            } else {
                svg +=
                    "<text x=\"\(f(centre))\" y=\"\(f(baseline + 18))\" font-size=\"12\" text-anchor=\"middle\" fill=\"#111827\">\(escape(bar.label))</text>"
            }
        }
        svg += "</svg>"
        return svg
    }

    static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}
