import Plot

extension Node where Context == HTML.TableRowContext {
    /// A column header cell (`<th scope="col">`): every data table names its columns so
    /// screen readers announce them with each cell.
    static func columnHeader(_ text: String) -> Node {
        .th(.attribute(named: "scope", value: "col"), .text(text))
    }
}
