import Foundation
import Testing

@testable import RinnallaCore

/// Rasterises generated SVGs with librsvg's `rsvg-convert` and reads them back with zbar's
/// `zbarimg`, an independent decoder. Without the tools (`apt-get install zbar-tools
/// librsvg2-bin`) the round trip is skipped, except under RINNALLA_REQUIRE_ALL=1 (CI), where
/// their absence is a failure.
@Suite("QR code decodes back to its text")
struct QRDecodeTests {
    static let tools = QRDecodeTools()

    @Test(
        .enabled(if: tools.available, "needs rsvg-convert and zbarimg: apt-get install zbar-tools librsvg2-bin"),
        arguments: QRDecodeTests.texts)
    func decodesBack(_ text: String) throws {
        let code = try QRCode(text: text)
        #expect(try Self.tools.decode(code) == text, "version \(code.version), mask \(code.mask)")
    }

    @Test(.enabled(if: tools.available, "needs rsvg-convert and zbarimg: apt-get install zbar-tools librsvg2-bin"))
    func everyLevelAndMaskDecodes() throws {
        let text = "https://rinnalla.example.fi/f/AbC123xyz"
        for level in QRErrorCorrection.allCases {
            for mask in 0...7 {
                let code = try QRCode(bytes: Array(text.utf8), errorCorrection: level, mask: mask)
                #expect(try Self.tools.decode(code) == text, "\(level) mask \(mask)")
            }
        }
    }

    @Test(.enabled(if: tools.available, "needs rsvg-convert and zbarimg: apt-get install zbar-tools librsvg2-bin"))
    func everyVersionAtEveryLevelDecodes() throws {
        for level in QRErrorCorrection.allCases {
            for version in QRVersionTable.versions {
                // A full symbol: every data codeword is data, none is padding.
                let capacity = QRVersionTable.byteCapacity(version: version, level: level)
                let text = String((0..<capacity).map { Character(UnicodeScalar(UInt8(0x41 + ($0 * 7) % 26))) })
                let code = try QRCode(text: text, errorCorrection: level)
                #expect(code.version == version)
                #expect(try Self.tools.decode(code) == text, "version \(version) \(level)")
            }
        }
    }

    @Test(
        .enabled(
            if: !tools.available && ProcessInfo.processInfo.environment["RINNALLA_REQUIRE_ALL"] == "1",
            "fails only under RINNALLA_REQUIRE_ALL=1 when the decode tools are missing"))
    func toolsAreInstalledWhereRequired() {
        Issue.record(
            "RINNALLA_REQUIRE_ALL=1 but rsvg-convert or zbarimg is missing (apt-get install zbar-tools librsvg2-bin)")
    }

    /// Short and long links, Finnish letters in UTF-8, and every version boundary at level M
    /// (the longest text of each version and one byte more).
    static let texts: [String] = {
        var texts = [
            "https://rinnalla.example.fi/f/AbC123xyz",
            "a",
            "https://rinnalla.example.fi/ryhmät/Äänekoski/palaute?kieli=fi&kysely=öljyä",
            "https://rinnalla.example.fi/f/" + String(repeating: "Xy7", count: 37),  // 141 bytes
        ]
        for version in QRVersionTable.versions {
            let capacity = QRVersionTable.byteCapacity(version: version, level: .medium)
            let base = "https://rinnalla.example.fi/f/"
            let fill = { (count: Int) in base + String((0..<(count - base.count)).map { i in "abcdefghijk"[i % 11] }) }
            if capacity >= base.count { texts.append(fill(capacity)) }
            if capacity + 1 >= base.count && version < 10 { texts.append(fill(capacity + 1)) }
        }
        return texts
    }()
}

extension String {
    fileprivate subscript(_ offset: Int) -> Character { self[index(startIndex, offsetBy: offset)] }
}

struct QRDecodeTools: Sendable {
    let rsvgConvert: URL?
    let zbarimg: URL?

    init() {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        let find = { (name: String) -> URL? in
            path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
                .first { FileManager.default.isExecutableFile(atPath: $0.path) }
        }
        rsvgConvert = find("rsvg-convert")
        zbarimg = find("zbarimg")
    }

    var available: Bool { rsvgConvert != nil && zbarimg != nil }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Writes the code's SVG to a temporary directory, rasterises it at 8 pixels a module
    /// and returns what zbarimg reads from the PNG.
    func decode(_ code: QRCode) throws -> String {
        guard let rsvgConvert, let zbarimg else { throw Failure(description: "tools missing") }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("qr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let svgFile = directory.appendingPathComponent("code.svg")
        let pngFile = directory.appendingPathComponent("code.png")
        try Data(code.svg(title: "Test").utf8).write(to: svgFile)
        let side = code.size + 2 * QRCode.quietZone
        _ = try run(rsvgConvert, ["-w", "\(side * 8)", "-h", "\(side * 8)", "-o", pngFile.path, svgFile.path])
        var output = try run(zbarimg, ["--raw", "-q", "-Sdisable", "-Sqrcode.enable", pngFile.path])
        // zbarimg ends each symbol with a newline.
        if output.last == "\n" { output.removeLast() }
        return output
    }

    private func run(_ executable: URL, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw Failure(
                description: "\(executable.lastPathComponent) exited with \(process.terminationStatus): "
                    + String(decoding: errorData, as: UTF8.self))
        }
        return String(decoding: data, as: UTF8.self)
    }
}
