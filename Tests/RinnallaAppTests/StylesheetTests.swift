import Foundation
import Testing

/// The stylesheet is hand-written: a block left open swallows every rule after it (two
/// `@media print {` blocks without their `}` once put the inclusion pages' screen styles
/// into print only).
@Suite("Stylesheet")
struct StylesheetTests {
    @Test func everyBlockOfTheStylesheetIsClosed() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Public/css/app.css")
        let css = try String(contentsOf: url, encoding: .utf8)
        var depth = 0
        var line = 1
        var opened: [Int] = []
        for character in css {
            if character == "\n" { line += 1 }
            if character == "{" {
                depth += 1
                opened.append(line)
            }
            if character == "}" {
                depth -= 1
                #expect(depth >= 0, "a } without its { on line \(line)")
                _ = opened.popLast()
            }
        }
        #expect(opened.isEmpty, "blocks opened on lines \(opened) are never closed")
    }
}
