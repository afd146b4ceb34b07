/// CSV lines as RFC 4180 writes them. Cells that a spreadsheet would run as a formula
/// are prefixed with an apostrophe (CSV injection).
public enum CSV {
    public static func line(_ cells: [String], separator: Character = ",") -> String {
        cells.map { escape($0, separator: separator) }.joined(separator: String(separator))
    }

    public static func escape(_ cell: String, separator: Character = ",") -> String {
        var value = cell
        if let first = value.first, ["=", "+", "-", "@", "\t", "\r"].contains(first), Double(value) == nil {
            value = "'" + value
        }
        if value.contains(separator) || value.contains("\"") || value.contains("\n") || value.contains("\r") {
            return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
        }
        return value
    }
}
