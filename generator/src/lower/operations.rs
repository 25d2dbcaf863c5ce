//! AWS JSON operations: one `POST /#X-Amz-Target=Prefix.Op` path each, its
//! request body the input, its 200 response the output, its other
//! (fake 48x) responses the errors, matched by schema name. Also the naming
//! and checks every protocol's operation list shares (`finish_operations`).

use std::collections::{BTreeMap, BTreeSet};

use openapiv3::{ReferenceOr, StatusCode};

use super::{err, LowerError, Lowering, BUILTIN_DOCUMENT, TARGET_PATH};
use crate::config::SpecConfig;
use crate::ir::*;
use crate::load::escape_pointer;

impl Lowering<'_> {
    pub(super) fn lower_operations(
        &mut self,
        config: &SpecConfig,
    ) -> Result<Vec<Operation>, LowerError> {
        let mut ops = Vec::new();
        let mut prefix: Option<String> = None;
        for (path, item) in self.api.paths.iter() {
            let pp = format!("/paths/{}", escape_pointer(path));
            let Some(target) = path.strip_prefix(TARGET_PATH) else {
                self.diag(&pp, "not an X-Amz-Target operation path; skipped");
                continue;
            };
            let item = match item {
                ReferenceOr::Item(item) => item,
                ReferenceOr::Reference { .. } => {
                    return Err(err(&pp, "path item $ref is not supported"))
                }
            };
            for (method, _) in item.iter().filter(|(m, _)| *m != "post") {
                self.diag(
                    &format!("{pp}/{method}"),
                    "AWS JSON operations are POST only; skipped",
                );
            }
            let Some(op) = &item.post else {
                continue;
            };
            let op_pointer = format!("{pp}/post");
            let Some((target_prefix, name)) = target
                .rsplit_once('.')
                .filter(|(p, n)| !p.is_empty() && !n.is_empty())
            else {
                return Err(err(
                    &pp,
                    format!("X-Amz-Target {target:?} is not of the form <Prefix>.<Operation>"),
                ));
            };
            match &prefix {
                None => prefix = Some(target_prefix.to_string()),
                Some(p) if p != target_prefix => {
                    return Err(err(
                        &pp,
                        format!("X-Amz-Target prefix {target_prefix:?} differs from {p:?}"),
                    ))
                }
                Some(_) => {}
            }
            if !is_identifier_like(name) {
                return Err(err(
                    &pp,
                    format!("operation name {name:?} is not an identifier"),
                ));
            }
            ops.push(self.lower_operation(name, target, op, &op_pointer, config)?);
        }
        if let Some(prefix) = prefix.as_deref() {
            self.synthesize_operations(&mut ops, prefix);
        }
        if ops.is_empty() {
            return Err(err(
                "/paths",
                "no X-Amz-Target operations: this is not an AWS JSON-protocol spec (paths must look like /#X-Amz-Target=Prefix.Operation)",
            ));
        }
        self.finish_operations(ops, config)
    }

    /// Sorts the operations and checks the config's references to them
    /// (`lower::names` names them).
    pub(super) fn finish_operations(
        &mut self,
        mut ops: Vec<Operation>,
        config: &SpecConfig,
    ) -> Result<Vec<Operation>, LowerError> {
        ops.sort_by(|a, b| a.name.cmp(&b.name));
        for pair in ops.windows(2) {
            if pair[0].name == pair[1].name {
                return Err(err(
                    "/paths",
                    format!("operation {:?} is defined twice", pair[0].name),
                ));
            }
        }
        for unknown in config
            .host_prefix
            .keys()
            .filter(|k| !ops.iter().any(|o| &o.name == *k))
        {
            self.diag(
                "/paths",
                format!("config host_prefix names unknown operation {unknown:?}"),
            );
        }
        for unknown in config
            .long_poll
            .keys()
            .filter(|k| !ops.iter().any(|o| &o.name == *k))
        {
            self.diag(
                "/paths",
                format!("config long_poll names unknown operation {unknown:?}"),
            );
        }

        Ok(ops)
    }

    fn lower_operation(
        &mut self,
        name: &str,
        target: &str,
        op: &openapiv3::Operation,
        pointer: &str,
        config: &SpecConfig,
    ) -> Result<Operation, LowerError> {
        let input = match &op.request_body {
            None => None,
            Some(ReferenceOr::Reference { .. }) => {
                return Err(err(
                    format!("{pointer}/requestBody"),
                    "requestBody $ref is not supported",
                ))
            }
            Some(ReferenceOr::Item(body)) => self.body_schema(
                name,
                "Input",
                &body.content,
                &format!("{pointer}/requestBody/content"),
            )?,
        };
        let mut output = None;
        let mut errors = BTreeSet::new();
        for (code, response) in &op.responses.responses {
            let code_str = match code {
                StatusCode::Code(c) => c.to_string(),
                StatusCode::Range(r) => format!("{r}XX"),
            };
            let rp = format!("{pointer}/responses/{code_str}");
            let response = match response {
                ReferenceOr::Item(r) => r,
                ReferenceOr::Reference { .. } => {
                    return Err(err(&rp, "response $ref is not supported"))
                }
            };
            if matches!(code, StatusCode::Code(200)) {
                output =
                    self.body_schema(name, "Output", &response.content, &format!("{rp}/content"))?;
                continue;
            }
            // Errors are matched by name: the schema name (the description
            // carries the same name) wins over the fake status code.
            let schema = response
                .content
                .get("application/json")
                .and_then(|m| m.schema.as_ref());
            let error = match schema {
                Some(ReferenceOr::Reference { reference }) => self.resolve_ref(
                    reference,
                    &format!("{rp}/content/application~1json/schema/$ref"),
                )?,
                _ => {
                    self.diag(&rp, "error response without a schema $ref; skipped");
                    continue;
                }
            };
            if !is_identifier_like(error.as_str()) {
                self.diag(
                    &rp,
                    format!("error name {error:?} is not an identifier; skipped"),
                );
                continue;
            }
            errors.insert(error);
        }
        let pagination = self.pagination(
            name,
            &op.parameters,
            input.as_ref(),
            output.as_ref(),
            pointer,
        );
        Ok(Operation {
            name: name.to_string(),
            rust_name: String::new(),
            names: OperationNames::default(),
            target: target.to_string(),
            http: None,
            input,
            output,
            errors: errors.into_iter().collect(),
            docs: op.description.clone().or_else(|| op.summary.clone()),
            deprecated: op.deprecated,
            pagination,
            host_prefix: config.host_prefix.get(name).cloned(),
            min_attempt_timeout_secs: config.long_poll.get(name).copied(),
            unsigned: false,
            endpoint_discovery: false,
            api_version_header: None,
            idempotency_tokens: Vec::new(),
            error_codes: BTreeMap::new(),
            partitions: Vec::new(),
            customizations: Default::default(),
        })
    }

    fn body_schema(
        &mut self,
        op: &str,
        role: &str,
        content: &indexmap::IndexMap<String, openapiv3::MediaType>,
        pointer: &str,
    ) -> Result<Option<ShapeId>, LowerError> {
        let Some((media, mt)) = content
            .iter()
            .find(|(k, _)| k.contains("json"))
            .or_else(|| content.iter().next())
        else {
            return Ok(None);
        };
        let mp = format!("{pointer}/{}/schema", escape_pointer(media));
        match &mt.schema {
            None => Ok(None),
            Some(ReferenceOr::Reference { reference }) => {
                Ok(Some(self.resolve_ref(reference, &format!("{mp}/$ref"))?))
            }
            Some(ReferenceOr::Item(schema)) => {
                let boxed = ReferenceOr::Item(Box::new(schema.clone()));
                let name = self.member_type(op, role, Some(&boxed), &mp)?;
                if name.as_str() == BUILTIN_DOCUMENT {
                    return Ok(None);
                }
                if self.structure(&name).is_none()
                    && !matches!(self.shapes[&name].kind, ShapeKind::Document)
                {
                    return Err(err(mp, "an operation body must be an object schema"));
                }
                Ok(Some(name))
            }
        }
    }
}

pub(super) fn is_identifier_like(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}
