//! Differences that come from a botocore customization (a handler in
//! `botocore/handlers.py` or `botocore/httpchecksum.py`) rather than from the
//! service's model: listed with their cause in ORACLE.md instead of hidden.
//! Each says whether the service needs it (then the generator must do the
//! same) or it is a botocore convenience.

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
        service: "glacier",
        operations: &[],
        needle: "header x-amz-glacier-version",
        cause: "botocore's add_glacier_version sends the API version on every call; \
                Glacier requires the header, so the client must send it too",
    },
    Customization {
        service: "glacier",
        operations: &["UploadArchive", "UploadMultipartPart"],
        needle: "header x-amz-sha256-tree-hash",
        cause: "botocore's add_glacier_checksums computes the tree hash when the caller \
                gives none; Glacier requires it on uploads",
    },
    Customization {
        service: "glacier",
        operations: &["UploadArchive", "UploadMultipartPart"],
        needle: "header x-amz-content-sha256",
        cause: "botocore's add_glacier_checksums sends the body's SHA-256; Glacier \
                requires it on uploads",
    },
    Customization {
        service: "apigateway",
        operations: &[],
        needle: "header accept",
        cause: "botocore's add_accept_header sends Accept: application/json; without it \
                API Gateway answers application/hal+json (another document shape), so the \
                client must send it too",
    },
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
    fn glacier_and_apigateway_handlers_are_named() {
        let d =
            "full input, output: header x-amz-glacier-version: botocore 2012-06-01 client absent";
        assert!(cause("glacier", "ListVaults", d)
            .unwrap()
            .contains("add_glacier_version"));
        assert_eq!(cause("eks", "ListClusters", d), None);
        let tree =
            "required input, output: header x-amz-sha256-tree-hash: botocore ab client absent";
        assert!(cause("glacier", "UploadArchive", tree).is_some());
        assert_eq!(cause("glacier", "ListVaults", tree), None);
        assert!(cause(
            "apigateway",
            "GetRestApis",
            "header accept: botocore application/json client absent"
        )
        .unwrap()
        .contains("add_accept_header"));
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
