import Plot

/// Records as a table with named columns, or one line saying there are none. Every list
/// page uses it, so each table is built the same way: column headers with `scope="col"`,
/// and a wrapper that scrolls sideways on a phone. A wrapper with a name (a caption or a
/// heading) is a focusable region, so a keyboard can scroll it too.
enum DataTable {
    static func render<Item>(
        _ items: [Item], empty: String? = nil, columns: [String], caption: String? = nil,
        labelledBy heading: String? = nil, id: String? = nil, tableClass: String? = nil,
        row: @escaping (Item) -> Node<HTML.TableContext>
    ) -> Node<HTML.BodyContext> {
        if items.isEmpty, let empty { return .p(.class("empty-state"), .text(empty)) }
        let named = caption != nil || heading != nil
        return .div(
            .class("table-wrap"),
            .if(named, .attribute(named: "tabindex", value: "0")),
            .if(named, .attribute(named: "role", value: "region")),
            .unwrap(heading) { .attribute(named: "aria-labelledby", value: $0) },
            .if(heading == nil, .unwrap(caption) { .attribute(named: "aria-label", value: $0) }),
            .table(
                .unwrap(id) { .id($0) },
                .unwrap(tableClass) { .class($0) },
                .unwrap(caption) { .caption(.text($0)) },
                .thead(.tr(.forEach(columns) { .columnHeader($0) })),
                .tbody(.forEach(items, row))
            )
        )
    }

    /// A list's own markup, or one line saying there are none.
    static func unlessEmpty<Item>(
        _ items: [Item], empty: String, _ content: () -> Node<HTML.BodyContext>
    ) -> Node<HTML.BodyContext> {
        items.isEmpty ? .p(.class("empty-state"), .text(empty)) : content()
    }
}
