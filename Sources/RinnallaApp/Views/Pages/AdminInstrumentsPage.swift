import Foundation
import Plot
import RinnallaCore

/// The admin's list of self-assessment instruments with the upload form.
enum AdminInstrumentsPage {
    static func render(
        _ context: PageContext, instruments: [InstrumentService.Entry], pasted: String = "", error: FieldError? = nil
    ) -> HTML {
        Layout.page(
            title: context.t(.instrumentAdminTitle), context,
            content: .group(
                .h1(.id("admininstruments-table-heading"), .text(context.t(.instrumentAdminTitle))),
                .p(.text(context.t(.instrumentAdminIntro))),
                .p(.class("hint"), .id("esis-retired"), .text(context.t(.instrumentAdminEsisRetired))),
                DataTable.render(
                    instruments, empty: context.t(.instrumentAdminNone),
                    columns: [
                        context.t(.instrumentAdminName), context.t(.instrumentAdminId),
                        context.t(.instrumentAdminOrigin), context.t(.instrumentAdminItems),
                        context.t(.instrumentAdminSource), context.t(.instrumentAdminStatus),
                    ], name: .heading("admininstruments-table-heading")
                ) { entry in
                    row(context, entry)
                },
                .section(
                    .class("card"), .id("upload"),
                    .h2(.text(context.t(.instrumentAdminUpload))),
                    .p(.class("hint"), .text(context.t(.instrumentAdminUploadHint))),
                    Components.errorSummary(error, context),
                    .form(
                        .method(.post), .action(SiteRoute.admin(.instruments).href), .id("instrument-upload-form"),
                        .attribute(named: "enctype", value: "multipart/form-data"),
                        Components.csrfField(context),
                        .div(
                            .class("field"),
                            .label(
                                .attribute(named: "for", value: "field-file"), .text(context.t(.instrumentAdminFile))),
                            .input(
                                .type(.file), .name(InstrumentAdminController.Upload.name(.file)), .id("field-file"),
                                .attribute(named: "accept", value: ".json,application/json"))),
                        Components.textarea(
                            InstrumentAdminController.Upload.name(.definition), label: context.t(.instrumentAdminPaste),
                            value: pasted, rows: 12,
                            error: error, context),
                        Components.submit(context.t(.instrumentAdminSubmit), id: "upload-instrument")
                    )
                )
            ))
    }

    static func row(_ context: PageContext, _ entry: InstrumentService.Entry) -> Node<HTML.TableContext> {
        let definition = entry.definition
        return .tr(
            .td(.attribute(named: "lang", value: definition.language), .text(definition.name)),
            .td(.code(.text("\(definition.id) \(definition.version)"))),
            .td(
                .text(
                    entry.origin == .shipped
                        ? context.t(.instrumentAdminShipped) : context.t(.instrumentAdminOrganisation))),
            .td(.text(String(definition.items.count))),
            .td(.text(definition.source)),
            .td(
                .text(entry.isActive ? context.t(.instrumentAdminActive) : context.t(.instrumentAdminInactive)),
                .text(" "),
                Components.postForm(
                    action: SiteRoute.admin(.instrumentStatus(definition.id)).href, context, class: "inline-form",
                    .input(
                        .type(.hidden), .name(ActivationForm.name(.active)),
                        .value(ActivationForm.value(!entry.isActive))),
                    Components.submit(
                        entry.isActive ? context.t(.instrumentAdminDeactivate) : context.t(.instrumentAdminActivate),
                        id: "status-\(definition.id)", class: "link-button")))
        )
    }
}
