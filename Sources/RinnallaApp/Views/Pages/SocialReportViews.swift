import Foundation
import Plot
import RinnallaCore

/// `/reports/social`: the printable social report with its bar charts and the tables of
/// the same figures beside them; every count protected (`SocialReportService`).
enum SocialReportViews {
    typealias Form = SocialReportFilterForm

    struct Filter: Sendable {
        var unit: String
        var from: String
        var to: String
        var area: String

        init(_ query: SocialReportService.Query) {
            unit = query.unitID.uuidString
            from = ReportMonths.label(query.from)
            to = ReportMonths.label(query.to)
            area = query.areaID?.uuidString ?? ""
        }

        init(unit: String, from: String, to: String, area: String) {
            (self.unit, self.from, self.to, self.area) = (unit, from, to, area)
        }

        /// The query string of the report's address.
        var queryString: String {
            var components = URLComponents()
            components.queryItems = [
                .init(name: Form.name(.unit), value: unit), .init(name: Form.name(.from), value: from),
                .init(name: Form.name(.to), value: to), .init(name: Form.name(.area), value: area),
            ]
            return components.percentEncodedQuery ?? ""
        }
    }

    static func count(_ count: ProtectedCount, _ context: PageContext) -> String {
        ProtectedCountText.text(count, language: context.language)
    }

    static func monthLabel(_ month: String) -> String {
        let parts = month.split(separator: "-")
        guard parts.count == 2, let year = Int(parts[0]), let number = Int(parts[1]) else { return month }
        return "\(number)/\(year)"
    }

    /// Bars scaled to the largest shown count; a suppressed count draws no bar.
    static func bars(_ labels: [String], _ counts: [ProtectedCount], _ context: PageContext) -> [BarChart.Bar] {
        let largest = max(1, counts.compactMap(\.shownValue).max() ?? 1)
        return zip(labels, counts).map { label, value in
            BarChart.Bar(
                label: label, fraction: value.shownValue.map { Double($0) / Double(largest) },
                valueText: count(value, context))
        }
    }

    static func page(
        _ context: PageContext, report: SocialReportService.Report, filter: Filter,
        units: [(id: UUID, name: String)], areas: [PlaceViews.AreaOption], candidates: [Observation]?,
        today: Day, error: FieldError? = nil
    ) -> HTML {
        let title = context.t(.socialreportTitle, ["unit": report.unitName])
        let channels = ContactChannel.allCases.map { context.t($0.l10nKey) }
        let topics = ContactTopic.allCases.map { context.t($0.l10nKey) }
        let query = filter.queryString
        return Layout.page(
            title: title, context,
            content: .article(
                .class("document social-report"),
                .h1(.text(title)),
                .p(.class("lead"), .text(context.t(.socialreportIntro))),
                .p(.class("hint"), .id("report-whole-months"), .text(context.t(.socialreportWholeMonthsNote))),
                Components.errorSummary(error, context),
                .form(
                    .method(.get), .action(SiteRoute.socialReport(.show).href), .class("search-form no-print"),
                    .id("report-filter"),
                    .if(
                        units.count > 1,
                        Components.select(
                            Form.name(.unit), label: context.t(.socialreportUnit),
                            options: units.map { ($0.id.uuidString, $0.name) }, selected: filter.unit, context),
                        else: .input(.type(.hidden), .name(Form.name(.unit)), .value(filter.unit))),
                    .div(
                        .class("field-row"),
                        Components.field(
                            Form.name(.from), label: context.t(.fieldReportFrom), value: filter.from,
                            autocomplete: "off", hint: context.t(.socialreportMonthHint),
                            error: error.map {
                                FieldError(
                                    field: $0.field == SocialReportService.fromField ? Form.name(.from) : nil,
                                    message: $0.message)
                            }, context),
                        Components.field(
                            Form.name(.to), label: context.t(.fieldReportTo), value: filter.to, autocomplete: "off",
                            hint: context.t(.socialreportMonthHint),
                            error: error.map {
                                FieldError(
                                    field: $0.field == SocialReportService.toField ? Form.name(.to) : nil,
                                    message: $0.message)
                            }, context),
                        Components.select(
                            Form.name(.area), label: context.t(.socialreportArea),
                            options: [("", context.t(.socialreportAllAreas))]
                                + areas.map { ($0.id.uuidString, $0.name) }, selected: filter.area, context)),
                    Components.submit(context.t(.socialreportShow), id: "show-report")),
                .div(
                    .class("no-print actions"),
                    .button(
                        .type(.button), .class("button"), .id("print-report"),
                        .attribute(named: "data-print", value: "1"), .text(context.t(.socialreportPrint))),
                    .text(" "),
                    .a(
                        .class("button secondary"), .id("csv-semicolon"),
                        .href(exportHref(query, .semicolon)),
                        .text(context.t(.socialreportCsvSemicolon))),
                    .text(" "),
                    .a(
                        .class("button secondary"), .id("csv-comma"),
                        .href(exportHref(query, .comma)),
                        .text(context.t(.socialreportCsvComma)))),
                .p(
                    .id("report-meta"),
                    .text(
                        context.t(
                            .socialreportMeta,
                            [
                                "from": report.query.from.finnish, "to": report.query.to.finnish,
                                "area": report.areaName ?? context.t(.socialreportAllAreas), "today": today.finnish,
                            ]))),
                .p(
                    .class("notice suppression-note"), .id("suppression-note"),
                    .text(context.t(.socialreportSuppressionNote, ["threshold": String(report.threshold)]))),

                .h2(.text(context.t(.socialreportContactsHeading))),
                .dl(
                    .class("facts"),
                    .dt(.text(context.t(.socialreportContactsTotal))),
                    .dd(.id("contacts-total"), .text(count(report.channelByMonth.total, context)))),
                .h3(.text(context.t(.socialreportByChannel))),
                .div(
                    .class("chart-and-table"),
                    .div(
                        .class("chart"),
                        .raw(
                            BarChart.svg(
                                bars(channels, report.channelByMonth.columnTotals, context), id: "channel-chart",
                                title: context.t(.socialreportChartChannelTitle),
                                description: context.t(.socialreportChartChannelDescription)))),
                    listTable(
                        context, id: "by-channel", caption: context.t(.socialreportByChannel),
                        header: context.t(.socialreportChannel), labels: channels,
                        counts: report.channelByMonth.columnTotals, total: report.channelByMonth.total)),
                .h3(.text(context.t(.socialreportByTopic))),
                .p(.class("hint"), .text(context.t(.socialreportTopicNote))),
                .div(
                    .class("chart-and-table"),
                    .div(
                        .class("chart"),
                        .raw(
                            BarChart.svg(
                                bars(topics, report.byTopic.cells, context), id: "topic-chart",
                                title: context.t(.socialreportChartTopicTitle),
                                description: context.t(.socialreportChartTopicDescription)))),
                    listTable(
                        context, id: "by-topic", caption: context.t(.socialreportByTopic),
                        header: context.t(.socialreportTopic), labels: topics, counts: report.byTopic.cells,
                        total: report.byTopic.total)),
                .h3(.text(context.t(.socialreportByArea))),
                listTable(
                    context, id: "by-area", caption: context.t(.socialreportByArea),
                    header: context.t(.socialreportArea),
                    labels: areaLabels(report, context), counts: report.byArea.cells, total: report.byArea.total),
                .h3(.text(context.t(.socialreportByMonthChannel))),
                table(
                    context, id: "by-month-channel", caption: context.t(.socialreportByMonthChannel),
                    corner: context.t(.socialreportMonth), rows: report.months.map(monthLabel), columns: channels,
                    table: report.channelByMonth),

                .h2(.text(context.t(.socialreportReferralsHeading))),
                .p(.class("hint"), .text(context.t(.socialreportReferralsIntro))),
                table(
                    context, id: "referrals-by-method", caption: context.t(.socialreportByMethod),
                    corner: context.t(.socialreportMethod), rows: ReferralMethod.allCases.map { context.t($0.l10nKey) },
                    columns: ReferralOutcome.allCases.map { context.t($0.l10nKey) }, table: report.referralsByMethod),
                table(
                    context, id: "referrals-by-kind", caption: context.t(.socialreportByKind),
                    corner: context.t(.socialreportKind), rows: ServicePathKind.allCases.map { context.t($0.l10nKey) },
                    columns: ReferralOutcome.allCases.map { context.t($0.l10nKey) }, table: report.referralsByKind),

                .h2(.text(context.t(.socialreportObservationsHeading))),
                .if(
                    report.observations.isEmpty,
                    .p(.id("report-no-observations"), .text(context.t(.socialreportObservationsNone))),
                    else: .ul(
                        .class("observation-list"), .id("report-observations"),
                        .forEach(report.observations) { observation in
                            .li(
                                .p(
                                    .strong(.text(ObservationViews.dayText(observation.day))),
                                    .text(" · " + (observation.area?.name ?? context.t(.observationNoArea))),
                                    .if(
                                        !observation.tags.isEmpty,
                                        .text(" · " + ObservationViews.tagText(observation)))),
                                .p(.text(observation.text)))
                        })),
                .unwrap(candidates) { candidates in
                    chooser(context, filter: filter, candidates: candidates)
                }
            ))
    }

    /// The CSV file of the report the query shows.
    static func exportHref(_ query: String, _ format: SocialReportCSV.Format) -> String {
        SiteRoute.socialReport(.export).href(rawQuery: "\(query)&\(Form.name(.format))=\(format.rawValue)")
    }

    static func areaLabels(_ report: SocialReportService.Report, _ context: PageContext) -> [String] {
        report.areas.map { $0.id == nil ? context.t(.socialreportNoArea) : $0.name }
    }

    /// The worker ticks which observations of the range go into the report.
    static func chooser(_ context: PageContext, filter: Filter, candidates: [Observation]) -> Node<HTML.BodyContext> {
        .section(
            .class("no-print"), .id("choose-observations"),
            .h2(.text(context.t(.socialreportChooseHeading))),
            .if(
                candidates.isEmpty, .p(.text(context.t(.socialreportChooseNone))),
                else: Components.postForm(
                    action: SiteRoute.socialReport(.observations).href(rawQuery: "\(filter.queryString)"), context,
                    id: "choose-form",
                    .p(.class("hint"), .text(context.t(.socialreportChooseHint))),
                    .input(.type(.hidden), .name(ObservationChoiceForm.name(.unitID)), .value(filter.unit)),
                    // The observations offered here: the ones not ticked are taken out.
                    .input(
                        .type(.hidden), .name(ObservationChoiceForm.name(.shown)),
                        .value(ObservationChoiceForm.shownValue(candidates.compactMap(\.id)))),
                    .group(
                        candidates.map { observation in
                            .group(
                                Components.checkbox(
                                    observation.id.map(ObservationChoiceForm.name(chosen:)) ?? "",
                                    label: "\(ObservationViews.dayText(observation.day)): \(observation.text)",
                                    checked: observation.inReport))
                        }),
                    Components.submit(context.t(.socialreportChooseSave), id: "save-choice")))
        )
    }

    /// A one-column list of counts with its total row.
    static func listTable(
        _ context: PageContext, id: String, caption: String, header: String, labels: [String],
        counts: [ProtectedCount], total: ProtectedCount
    ) -> Node<HTML.BodyContext> {
        DataTable.scrollRegion(
            .caption(caption),
            .table(
                .id(id), .class("data-table"),
                .caption(.text(caption)),
                .thead(.tr(.columnHeader(header), .columnHeader(context.t(.socialreportCount)))),
                .tbody(
                    .forEach(Array(zip(labels, counts))) { label, value in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(label)),
                            .td(.class("number"), .text(count(value, context))))
                    },
                    .tr(
                        .class("total"),
                        .th(.attribute(named: "scope", value: "row"), .text(context.t(.socialreportTotal))),
                        .td(.class("number"), .text(count(total, context)))))))
    }

    /// A rows × columns table with row and column totals.
    static func table(
        _ context: PageContext, id: String, caption: String, corner: String, rows: [String], columns: [String],
        table: ProtectedTable
    ) -> Node<HTML.BodyContext> {
        DataTable.scrollRegion(
            .caption(caption),
            .table(
                .id(id), .class("data-table"),
                .caption(.text(caption)),
                .thead(
                    .tr(
                        .columnHeader(corner), .group(columns.map { .columnHeader($0) }),
                        .columnHeader(context.t(.socialreportTotal)))),
                .tbody(
                    .forEach(Array(rows.enumerated())) { index, label in
                        .tr(
                            .th(.attribute(named: "scope", value: "row"), .text(label)),
                            .group(table.cells[index].map { .td(.class("number"), .text(count($0, context))) }),
                            .td(.class("number total"), .text(count(table.rowTotals[index], context))))
                    },
                    .tr(
                        .class("total"),
                        .th(.attribute(named: "scope", value: "row"), .text(context.t(.socialreportTotal))),
                        .group(table.columnTotals.map { .td(.class("number"), .text(count($0, context))) }),
                        .td(.class("number"), .text(count(table.total, context)))))))
    }
}
