//! Differences that come from a botocore customization (a handler in
//! `botocore/handlers.py` or `botocore/httpchecksum.py`) rather than from the
//! service's model: listed with their cause in ORACLE.md instead of hidden.
//! Each says whether the service needs it (then the generator must do the
//! same) or it is a botocore convenience.
//!
//! Handlers the generated clients apply are not listed: AWS's model file
//! records what they do (`xtask/botocore/customizations.py`: API Gateway's
//! `Accept`, Glacier's version header, upload digests and `accountId`
//! default), so their differences are faults again.

/// One customization: the spec directory it applies to (`*`: every
/// service), the operations (empty: all), the text a difference contains,
/// and the cause.
struct Customization {
    service: &'static str,
    operations: &'static [&'static str],
    needle: &'static str,
    cause: &'static str,
}

const CUSTOMIZATIONS: &[Customization] = &[
    Customization {
        service: "*",
        operations: &[],
        needle: "header x-amz-checksum-",
        cause: "botocore's flexible checksums (httpChecksum; request_checksum_calculation \
                defaults to when_supported since botocore 1.36)",
    },
    Customization {
        service: "*",
        operations: &[],
        needle: "header x-amz-sdk-checksum-algorithm",
        cause: "botocore's flexible checksums (httpChecksum; request_checksum_calculation \
                defaults to when_supported since botocore 1.36)",
    },
    Customization {
        service: "*",
        operations: &[],
        needle: "header content-md5",
        cause: "botocore computes Content-MD5 for operations whose model requires a \
                checksum (httpChecksumRequired)",
    },
];

/// The cause of a difference of operation `op` of spec directory `service`
/// when a botocore customization explains it.
pub fn cause(service: &str, op: &str, diff: &str) -> Option<&'static str> {
    CUSTOMIZATIONS
        .iter()
        .find(|c| {
            (c.service == "*" || c.service == service)
                && (c.operations.is_empty() || c.operations.contains(&op))
                && diff.contains(c.needle)
        })
        .map(|c| c.cause)
}

#[cfg(test)]
mod tests {
    use super::cause;

    #[test]
    fn flexible_checksums_are_named_and_handled_handlers_are_not() {
        let d = "header x-amz-checksum-crc32: botocore AAAAAA== client absent";
        assert!(cause("s3", "PutObject", d)
            .unwrap()
            .contains("flexible checksums"));
        // Applied by the generated clients now (AWS's model records them).
        for (service, op, diff) in [
            (
                "glacier",
                "ListVaults",
                "header x-amz-glacier-version: botocore 2012-06-01 client absent",
            ),
            (
                "glacier",
                "UploadArchive",
                "header x-amz-sha256-tree-hash: botocore ab client absent",
            ),
            (
                "apigateway",
                "GetRestApis",
                "header accept: botocore application/json client absent",
            ),
        ] {
            assert_eq!(cause(service, op, diff), None, "{diff}");
        }
        assert_eq!(
            cause(
                "apigateway",
                "GetRestApis",
                "body /name: botocore 1 client 2"
            ),
            None
        );
    }
}
