import Plot

/// Records as a table with named columns, or one line saying there are none. Every list
/// page uses it, so each table is built the same way: column headers with `scope="col"`,
/// and a wrapper that scrolls sideways on a phone. The wrapper is always a named,
/// focusable region, so a keyboard can scroll a table wider than the screen (axe
/// `scrollable-region-focusable`); the name is required, so no table can miss it.
enum DataTable {
    /// What names a table: its caption, or the id of the heading above it.
    enum Name {
        case caption(String)
        case heading(String)
    }

    static func render<Item>(
        _ items: [Item], empty: String? = nil, columns: [String], name: Name, id: String? = nil,
        tableClass: String? = nil, row: @escaping (Item) -> Node<HTML.TableContext>
    ) -> Node<HTML.BodyContext> {
        if items.isEmpty, let empty { return .p(.class("empty-state"), .text(empty)) }
        let caption: Node<HTML.TableContext> =
            switch name {
            case .caption(let text): .caption(.text(text))
            case .heading: .empty
            }
        return scrollRegion(
            name,
            .table(
                .unwrap(id) { .id($0) },
                .unwrap(tableClass) { .class($0) },
                caption,
                .thead(.tr(.forEach(columns) { .columnHeader($0) })),
                .tbody(.forEach(items, row))
            ))
    }

    /// A wrapper that scrolls its table sideways, reachable by keyboard and named.
    static func scrollRegion<Context: HTML.BodyContext>(_ name: Name, _ table: Node<Context>) -> Node<Context> {
        let label: Node<Context> =
            switch name {
            case .caption(let text): .attribute(named: "aria-label", value: text)
            case .heading(let id): .attribute(named: "aria-labelledby", value: id)
            }
        return .div(
            .class("table-wrap"), .attribute(named: "tabindex", value: "0"), .attribute(named: "role", value: "region"),
            label, table)
    }

    /// A list's own markup, or one line saying there are none.
    static func unlessEmpty<Item>(
        _ items: [Item], empty: String, _ content: () -> Node<HTML.BodyContext>
    ) -> Node<HTML.BodyContext> {
        items.isEmpty ? .p(.class("empty-state"), .text(empty)) : content()
    }
}
