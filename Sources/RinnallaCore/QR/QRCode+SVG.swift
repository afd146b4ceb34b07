extension QRCode {
    /// Light modules around the symbol that the standard requires for reading.
    public static let quietZone = 4

    /// The symbol as a standalone SVG: a white square including the quiet zone and one
    /// `<path>` of the dark modules (horizontal runs merged), one user unit per module.
    /// It has no width or height, so it scales to whatever box it is put in; give one with
    /// CSS, or `size` (e.g. "40mm") for a file of fixed size. `title` names it for screen
    /// readers; `id` must be unique in the page the SVG goes into.
    public func svg(title: String, id: String = "qr-code", size: String? = nil) -> String {
        let side = self.size + 2 * Self.quietZone
        var path = ""
        for (y, row) in modules.enumerated() {
            var x = 0
            while x < row.count {
                guard row[x] else {
                    x += 1
                    continue
                }
                var end = x + 1
                while end < row.count && row[end] { end += 1 }
                path += "M\(x + Self.quietZone) \(y + Self.quietZone)h\(end - x)v1h-\(end - x)z"
                x = end
            }
        }
        let dimensions = size.map { " width=\"\(Self.escaped($0))\" height=\"\(Self.escaped($0))\"" } ?? ""
        let titleID = Self.escaped("\(id)-title")
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"\(Self.escaped(id))\" viewBox=\"0 0 \(side) \(side)\""
            + "\(dimensions) shape-rendering=\"crispEdges\" role=\"img\" aria-labelledby=\"\(titleID)\">"
            + "<title id=\"\(titleID)\">\(Self.escaped(title))</title>"
            + "<rect width=\"\(side)\" height=\"\(side)\" fill=\"#fff\"/>"
            + "<path fill=\"#000\" d=\"\(path)\"/></svg>"
    }

    /// Text and attribute values for XML.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
