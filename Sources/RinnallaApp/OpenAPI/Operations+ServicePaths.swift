import OpenAPIKit

extension APIOperation {
    /// POST /api/v1/referrals
    static let createReferral = APIOperation(
        "createReferral",
        "Refer a client or an anonymous contact (exactly one of `clientID`, `contactID`) to a service in use. A client or contact outside the user's units answers 404. `clientMadeID` (also accepted as `client_made_id`) is an idempotency key: sending the same id again stores nothing new and answers 200 with the referral stored the first time. Audited.",
        tag: "referrals", request: APIReferralController.ReferralRequest.self,
        response: APIReferralController.ReferralDTO.self, status: 201, alsoSuccess: [200],
        links: [.to(.getReferral, "referralID"), .to(.followUpReferral, "referralID")])
    /// POST /api/v1/service-paths
    static let createServicePath = APIOperation(
        "createServicePath",
        "Add a service; any worker with client work in a unit may (others 403). Audited. Refused input answers 422 with `error.field` naming the field (`name`, `kind`, `phone`, `email`, `webAddress`, …).",
        tag: "service-paths", request: APIServicePathController.ServicePathRequest.self,
        response: APIServicePathController.ServicePathDTO.self, status: 201,
        links: [.to(.getServicePath, "servicePathID"), .to(.replaceServicePath, "servicePathID")])
    /// PUT /api/v1/referrals/{referralID}/follow-up
    static let followUpReferral = APIOperation(
        "followUpReferral",
        "Record whether the person reached the service: `outcome` reached, not-reached or unknown; `day` (default today) on or after the referral's day and not in the future. Audited.",
        tag: "referrals", request: APIReferralController.FollowUpRequest.self,
        response: APIReferralController.ReferralDTO.self)
    /// GET /api/v1/referrals/{referralID}
    static let getReferral = APIOperation(
        "getReferral", "One referral (audited)", tag: "referrals", response: APIReferralController.ReferralDTO.self)
    /// GET /api/v1/service-paths/{servicePathID}
    static let getServicePath = APIOperation(
        "getServicePath", "One service", tag: "service-paths", response: APIServicePathController.ServicePathDTO.self)
    /// GET /api/v1/referrals
    static let listReferrals = APIOperation(
        "listReferrals",
        "Referrals of the user's units, newest first (at most 500). Reading clients' referrals is audited.",
        tag: "referrals", response: [APIReferralController.ReferralDTO].self, query: ReferralQuery.self)
    /// GET /api/v1/service-paths
    static let listServicePaths = APIOperation(
        "listServicePaths",
        "The agreed service paths directory: services in use, by kind then name. An unknown kind or area is refused (422, `error.field` = `kind` or `area`).",
        tag: "service-paths", response: [APIServicePathController.ServicePathDTO].self, query: ServicePathQuery.self)
    /// PUT /api/v1/service-paths/{servicePathID}
    static let replaceServicePath = APIOperation(
        "replaceServicePath",
        "Replace a service: fields not sent become empty. Set `isActive` false when the service closes; referrals keep pointing at it. Audited.",
        tag: "service-paths", request: APIServicePathController.ServicePathRequest.self,
        response: APIServicePathController.ServicePathDTO.self)
}
