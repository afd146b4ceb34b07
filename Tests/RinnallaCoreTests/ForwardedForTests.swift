import Testing

@testable import RinnallaCore

@Suite("X-Forwarded-For")
struct ForwardedForTests {
    /// Issue 13, item 14: the left-most entry is whatever the client sent.
    @Test func item14_theRightMostEntryOfTheTrustedProxyIsTheClient() {
        // worked example: the client forges "1.2.3.4"; our one proxy appends the real 203.0.113.7
        #expect(ForwardedFor.clientAddress(["1.2.3.4, 203.0.113.7"], trustedHops: 1) == "203.0.113.7")
        #expect(ForwardedFor.clientAddress(["203.0.113.7"], trustedHops: 1) == "203.0.113.7")
        // two proxies: the outer one appended the client, the inner one the outer proxy
        #expect(ForwardedFor.clientAddress(["1.2.3.4, 203.0.113.7, 10.0.0.2"], trustedHops: 2) == "203.0.113.7")
        // several header lines read as one list
        #expect(ForwardedFor.clientAddress(["1.2.3.4", "203.0.113.7"], trustedHops: 1) == "203.0.113.7")
        #expect(ForwardedFor.clientAddress(["203.0.113.7"], trustedHops: 2) == nil)
        #expect(ForwardedFor.clientAddress([], trustedHops: 1) == nil)
        #expect(ForwardedFor.clientAddress(["1.2.3.4, "], trustedHops: 1) == nil)
        #expect(ForwardedFor.clientAddress(["1.2.3.4"], trustedHops: 0) == nil)
    }
}
