import BrevetJSON

/// Checks each `credentialStatus` entry
/// ([Bitstring Status List §3.2 Validate Algorithm](https://www.w3.org/TR/vc-bitstring-status-list/#validate-algorithm)).
///
/// The status list credential is fetched through the caller's resources and fully verified first
/// (its proof, its issuer, its validity): "the status list credential ... MUST be verified" — a bit
/// read from an unverified list proves nothing. Status types Brevet does not know are reported as
/// "could not check", never silently passed.
struct StatusCheck: Sendable {
    let verifier: CredentialVerifier

    func check(_ credential: JSONObject, at time: DateTimeStamp, into verdict: inout VerificationVerdict) async {
        guard let status = credential["credentialStatus"] else {
            verdict.record(.status, .notApplicable, "the credential has no status information, so it cannot be revoked or suspended")
            return
        }
        let issuerID = Self.issuerID(of: credential)
        for entryJSON in status.asArray {
            let type = CredentialStructureCheck.types(entryJSON["type"])
            guard type.contains(BitstringStatusListEntry.type) else {
                verdict.record(.status, .couldNotCheck, "status type \(type.isEmpty ? "(none)" : type.joined(separator: ", ")) is not one Brevet can check (it checks BitstringStatusListEntry)")
                continue
            }
            let entry: BitstringStatusListEntry
            do { entry = try BitstringStatusListEntry(json: entryJSON) } catch {
                verdict.record(.status, .failed, "a status entry is malformed: \(error.reason)")
                continue
            }
            let check: VerificationCheck = entry.statusPurpose == .revocation ? .revocation
                : entry.statusPurpose == .suspension ? .suspension : .status
            let bytes: [UInt8]
            do { bytes = try await verifier.resources.fetch(entry.statusListCredential) } catch {
                verdict.record(check, .couldNotCheck, "the \(entry.statusPurpose) list could not be fetched: \(error)")
                continue
            }
            // Verify the list credential itself, without following its own status.
            var listVerdict = VerificationVerdict()
            guard let secured = verifier.readInput(bytes, into: &listVerdict) else {
                verdict.record(check, .failed, "the \(entry.statusPurpose) list at \(entry.statusListCredential) is not a credential: \(listVerdict.summary)")
                continue
            }
            await verifier.verify(secured, at: time, checkStatus: false, into: &listVerdict)
            guard listVerdict.status == .valid, let listCredential = listVerdict.credential else {
                verdict.record(check, listVerdict.status == .invalid ? .failed : .couldNotCheck,
                               "the \(entry.statusPurpose) list at \(entry.statusListCredential) does not verify: \(listVerdict.summary)")
                continue
            }
            if let listIssuer = listCredential.objectValue.flatMap(Self.issuerID), let issuerID, listIssuer != issuerID {
                verdict.record(check, .failed, "the \(entry.statusPurpose) list was issued by \(listIssuer), not by the credential's issuer \(issuerID)")
                continue
            }
            if let listID = listCredential["id"]?.stringValue, listID != entry.statusListCredential {
                verdict.record(check, .failed, "the list fetched from \(entry.statusListCredential) says its id is \(listID)")
                continue
            }
            do {
                let list = try BitstringStatusList(credential: listCredential)
                let result = try list.status(of: entry)
                record(result, entry: entry, check: check, into: &verdict)
            } catch {
                verdict.record(check, .failed, "the \(entry.statusPurpose) list cannot be read: \(error.reason)")
            }
        }
    }

    func record(_ result: BitstringStatusResult, entry: BitstringStatusListEntry, check: VerificationCheck, into verdict: inout VerificationVerdict) {
        switch (entry.statusPurpose, result.isSet) {
        case (.revocation, true):
            verdict.record(check, .failed, "revoked by the issuer (revocation list index \(entry.statusListIndex) is set)")
        case (.revocation, false):
            verdict.record(check, .passed, "not revoked")
        case (.suspension, true):
            verdict.record(check, .failed, "suspended by the issuer (suspension list index \(entry.statusListIndex) is set); a suspension may be lifted later")
        case (.suspension, false):
            verdict.record(check, .passed, "not suspended")
        default:
            let text = result.message.map { "\"\($0)\"" } ?? "0x" + String(result.status, radix: 16)
            verdict.record(check, .warning, "\(entry.statusPurpose) status is \(text)")
        }
    }

    static func issuerID(of credential: JSONObject) -> String? {
        switch credential["issuer"] {
        case .string(let s)?: return s
        case .object(let o)?: return o["id"]?.stringValue
        default: return nil
        }
    }
}
