import Plot
import RinnallaCore

/// A printable poster for a public link (a group's feedback form, an evaluation round):
/// a heading, how to open it, the QR code as inline SVG titled for screen readers, and the
/// link written out below it for those who type it in. Print styles in app.css make the
/// code about 12 cm wide and drop the page chrome.
enum QRPoster {
    /// `id` prefixes the element ids, so two posters can share a page. Throws only for a
    /// link longer than a QR code of version 10 holds (213 bytes), which no app link is.
    static func node(link: String, heading: String, id: String = "qr-poster", language: RinnallaCore.Language) throws
        -> Node<HTML.BodyContext>
    {
        let t = { (key: L10nKey, arguments: [String: String]) in Localizer.shared.text(key, language, arguments) }
        let code = try QRCode(text: link)
        let svg = code.svg(title: t(.qrposterCodeTitle, ["link": link]), id: "\(id)-code")
        return .section(
            .class("qr-poster"), .id(id), .attribute(named: "aria-labelledby", value: "\(id)-heading"),
            .h2(.id("\(id)-heading"), .text(heading)),
            .p(.class("qr-poster-scan"), .text(t(.qrposterScan, [:]))),
            .div(.class("qr-poster-code"), .raw(svg)),
            .p(.class("qr-poster-link"), .a(.href(link), .text(link))),
            .p(.class("hint no-print"), .text(t(.qrposterPrintHint, [:]))))
    }

    static func node(link: String, heading: String, id: String = "qr-poster", _ context: PageContext) throws
        -> Node<HTML.BodyContext>
    {
        try node(link: link, heading: heading, id: id, language: context.language)
    }
}
