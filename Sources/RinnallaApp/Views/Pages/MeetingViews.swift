import Foundation
import Plot
import RinnallaCore

/// The meetings part of the period page, and the page for one meeting.
enum MeetingViews {
    struct Row: Sendable {
        let id: UUID
        let startsAt: Date
        let type: String
        let place: String
        let status: String
        /// "Tutustumiskäynti: …" when the meeting visits a place in the service map.
        var visit: (id: UUID, text: String)? = nil
    }

    typealias Form = MeetingForm
    typealias SeriesForm = MeetingSeriesForm

    static func label(_ prefix: String, _ value: String, _ context: PageContext) -> String {
        L10nKey(rawValue: "\(prefix).\(value)").map { context.t($0) } ?? value
    }

    static func typeOptions(_ context: PageContext) -> [(value: String, label: String)] {
        Meeting.types.map { ($0, label("meetings.type", $0, context)) }
    }

    static func placeOptions(_ context: PageContext) -> [(value: String, label: String)] {
        Meeting.places.map { ($0, label("meetings.place", $0, context)) }
    }

    static func statusOptions(_ context: PageContext) -> [(value: String, label: String)] {
        ActivityAllowance.MeetingStatus.allCases.map { ($0.rawValue, label("meetings.status", $0.rawValue, context)) }
    }

    static func section(
        _ context: PageContext, periodID: UUID, rows: [Row], canWrite: Bool, form: Form, series: SeriesForm,
        picker: PlaceViews.Picker? = nil, pickerOpen: Bool = false, error: FieldError? = nil
    ) -> Node<HTML.BodyContext> {
        .section(
            .class("card"), .id("meetings"), .attribute(named: "aria-labelledby", value: "meetings-heading"),
            .h2(.id("meetings-heading"), .text(context.t(.meetingsTitle))),
            DataTable.render(
                rows, empty: context.t(.meetingsNone),
                columns: [
                    context.t(.meetingsWhen), context.t(.meetingsType), context.t(.meetingsPlace),
                    context.t(.meetingsStatus),
                ], name: .heading("meetings-heading")
            ) { row in
                .tr(
                    .td(
                        .a(.href(SiteRoute.meeting(row.id).href), .text(context.dateTime(row.startsAt)))
                    ),
                    .td(.text(label("meetings.type", row.type, context))),
                    .td(
                        .unwrap(
                            row.visit,
                            {
                                .a(
                                    .href(SiteRoute.place($0.id, .show).href), .class("visit"),
                                    .text($0.text))
                            },
                            else: .text(label("meetings.place", row.place, context)))),
                    .td(
                        .span(
                            .class("status status-\(row.status)"),
                            .text(label("meetings.status", row.status, context))))
                )
            },
            .if(
                canWrite,
                .group(
                    Components.errorSummary(error, context),
                    disclosure(
                        context.t(.meetingsPlan),
                        open: error?.field.map { field in
                            SeriesForm.CodingKeys.allCases.contains { $0.stringValue == field }
                        }
                            ?? false,
                        .p(.class("hint"), .text(context.t(.meetingsPlanHint))),
                        Components.postForm(
                            action: SiteRoute.period(periodID, .planMeetings).href(fragment: "meetings"), context,
                            id: "plan-form",
                            .div(
                                .class("field-row"),
                                Components.field(
                                    SeriesForm.name(.firstDay), label: context.t(.meetingsFrom),
                                    value: series.firstDay ?? "",
                                    required: true, autocomplete: "off", error: error, context),
                                Components.field(
                                    SeriesForm.name(.lastDay), label: context.t(.meetingsUntil),
                                    value: series.lastDay ?? "",
                                    required: true, autocomplete: "off", error: error, context)),
                            .div(
                                .class("field-row"),
                                Components.select(
                                    SeriesForm.name(.weekday), label: context.t(.meetingsWeekday),
                                    options: (1...7).map { (String($0), label("weekday", String($0), context)) },
                                    selected: series.weekday ?? "2", error: error, context),
                                Components.select(
                                    SeriesForm.name(.intervalWeeks), label: context.t(.meetingsInterval),
                                    options: (1...4).map {
                                        (String($0), label("meetings.interval", String($0), context))
                                    },
                                    selected: series.intervalWeeks ?? "2", error: error, context),
                                Components.field(
                                    SeriesForm.name(.time), label: context.t(.meetingsTime), value: series.time ?? "",
                                    required: true, autocomplete: "off", error: error, context)),
                            .div(
                                .class("field-row"),
                                Components.select(
                                    SeriesForm.name(.type), label: context.t(.meetingsType),
                                    options: typeOptions(context),
                                    selected: series.type ?? "individual", context),
                                Components.select(
                                    SeriesForm.name(.place), label: context.t(.meetingsPlace),
                                    options: placeOptions(context),
                                    selected: series.place ?? "office", context)),
                            Components.submit(context.t(.meetingsPlanSubmit), id: "plan-meetings")
                        )
                    ),
                    disclosure(
                        context.t(.meetingsAdd),
                        open: pickerOpen || (error?.field.map { !$0.hasPrefix("series") } ?? false),
                        .unwrap(picker) { placeFinder(context, $0) },
                        formNode(
                            context, action: SiteRoute.period(periodID, .meetings).href(fragment: "meetings"),
                            form: form, error: error,
                            picker: picker))
                ))
        )
    }

    /// `<details>` with a summary; open when it holds the form with an error.
    static func disclosure(_ summary: String, open: Bool, _ nodes: Node<HTML.BodyContext>...) -> Node<HTML.BodyContext>
    {
        .element(
            named: "details",
            nodes: [
                .attribute(named: "open", value: open ? "open" : nil),
                .element(named: "summary", nodes: [.text(summary)]),
            ]
                + nodes)
    }

    /// "Etsi paikka palvelukartasta": narrows the place list before the meeting is saved.
    static func placeFinder(_ context: PageContext, _ picker: PlaceViews.Picker) -> Node<HTML.BodyContext> {
        .div(
            .class("place-finder"),
            .h3(.text(context.t(.meetingsFindPlace))),
            .p(.class("hint"), .text(context.t(.meetingsFindPlaceHint))),
            PlaceViews.pickerFilter(context, picker, id: "place-filter"))
    }

    static func formNode(
        _ context: PageContext, action: String, form: Form, error: FieldError?, picker: PlaceViews.Picker? = nil
    ) -> Node<HTML.BodyContext> {
        Components.postForm(
            action: action, context, id: "meeting-form",
            .unwrap(picker) { picker in
                PlaceViews.pickerSelect(
                    context, picker, name: Form.name(.placeID), label: context.t(.fieldPlaceID),
                    emptyLabel: context.t(.meetingsNoPlace),
                    error: error)
            },
            .div(
                .class("field-row"),
                Components.field(
                    Form.name(.day), label: context.t(.meetingsDay), value: form.day ?? "", required: true,
                    autocomplete: "off", error: error, context),
                Components.field(
                    Form.name(.time), label: context.t(.meetingsTime), value: form.time ?? "", required: true,
                    autocomplete: "off", error: error, context),
                Components.field(
                    Form.name(.durationMinutes), label: context.t(.meetingsDuration), type: .number,
                    value: form.durationMinutes ?? "60", error: error, context)),
            .div(
                .class("field-row"),
                Components.select(
                    Form.name(.type), label: context.t(.meetingsType), options: typeOptions(context),
                    selected: form.type ?? "individual", error: error, context),
                Components.select(
                    Form.name(.place), label: context.t(.meetingsPlace), options: placeOptions(context),
                    selected: form.place ?? "office", error: error, context),
                Components.select(
                    Form.name(.status), label: context.t(.meetingsStatus), options: statusOptions(context),
                    selected: form.status ?? "planned", error: error, context)),
            Components.textarea(
                Form.name(.methods), label: context.t(.meetingsMethods), value: form.methods ?? "", rows: 2, context),
            Components.textarea(
                Form.name(.task), label: context.t(.meetingsTask), value: form.task ?? "", rows: 2, context),
            Components.textarea(
                Form.name(.record), label: context.t(.meetingsRecord), value: form.record ?? "", rows: 5, context),
            Components.submit(context.t(.meetingsSave), id: "save-meeting")
        )
    }

    static func page(
        _ context: PageContext, meetingID: UUID, periodID: UUID, clientName: String, startsAt: Date, form: Form,
        canWrite: Bool, visit: (id: UUID, text: String)? = nil, picker: PlaceViews.Picker? = nil,
        error: FieldError? = nil
    ) -> HTML {
        Layout.page(
            title: context.t(.meetingsEditTitle, ["date": context.dateTime(startsAt)]), context,
            content: .div(
                .class("card"),
                .p(
                    .a(
                        .href(SiteRoute.period(periodID, .show).href(fragment: "meetings")),
                        .text("← " + context.t(.commonBack)))),
                .h1(.text(context.t(.meetingsEditTitle, ["date": context.dateTime(startsAt)]))),
                .p(.text(clientName)),
                .unwrap(visit) { .p(.class("visit"), .a(.href(SiteRoute.place($0.id, .show).href), .text($0.text))) },
                Components.errorSummary(error, context),
                .if(
                    canWrite,
                    .group(
                        .unwrap(picker) { placeFinder(context, $0) },
                        formNode(
                            context, action: SiteRoute.meeting(meetingID).href, form: form, error: error, picker: picker
                        )),
                    else: .group(
                        .p(
                            .text(
                                "\(label("meetings.type", form.type ?? "", context)), \(label("meetings.place", form.place ?? "", context)), \(label("meetings.status", form.status ?? "", context))"
                            )),
                        .h2(.text(context.t(.meetingsRecord))), .p(.text(form.record ?? ""))))
            ))
    }
}
