//! Operation facts from AWS's model (issue 11): the errors it models (a shape
//! the spec lacks is built from the model), botocore's paginators, and
//! idempotency tokens. Also the spec's pagination hint, used only where
//! botocore has no paginator for the operation.

use std::collections::BTreeSet;

use openapiv3::{Parameter, ReferenceOr};

use super::{is_identifier_like, Lowering};
use crate::ir::*;
use crate::model::{AwsModel, Paginator};

/// Where model problems are reported (diagnostic pointers are otherwise
/// JSON pointers into the spec).
const MODEL: &str = "aws-model.json#";

/// Appended to the docs of an idempotency-token member.
const IDEMPOTENCY_DOC: &str = "<p>If not set, <code>send()</code> fills it with a random \
UUID (version 4), as the AWS SDKs do; every retry of that call sends the same one.</p>";

impl Lowering<'_> {
    /// Applies the model's operation facts to the lowered operations.
    pub(super) fn apply_operation_facts(&mut self, ops: &mut [Operation]) {
        let Some(model) = self.model else {
            return;
        };
        for op in ops.iter_mut() {
            if let Some(facts) = model.operations.get(&op.name) {
                self.model_errors(model, op, &facts.errors);
                self.idempotency_tokens(model, op, facts.input.as_deref());
            }
            self.error_codes(model, op);
            if let Some(p) = model.paginators.get(&op.name) {
                let pointer = format!("{MODEL}/paginators/{}", op.name);
                match self.model_pagination(op, p) {
                    Ok(pagination) => op.pagination = Some(pagination),
                    Err(why) => self.diag(&pointer, format!("{why}; no paginator")),
                }
            }
        }
    }

    /// The union of the spec's and the model's errors; an error shape the
    /// spec lacks is built from the model.
    fn model_errors(&mut self, model: &AwsModel, op: &mut Operation, errors: &[String]) {
        let mut all: BTreeSet<ShapeId> = op.errors.iter().cloned().collect();
        for e in errors {
            let pointer = format!("{MODEL}/operations/{}/errors", op.name);
            if !is_identifier_like(e) {
                self.diag(
                    &pointer,
                    format!("error name {e:?} is not an identifier; skipped"),
                );
                continue;
            }
            let id = ShapeId::new(e);
            if !self.shapes.contains_key(&id) && !self.error_from_model(model, e) {
                self.diag(
                    &pointer,
                    format!("error {e:?} is not a model structure; skipped"),
                );
                continue;
            }
            all.insert(id);
        }
        op.errors = all.into_iter().collect();
    }

    /// Records the model's error code of each error where it differs from
    /// the shape name (query-compatible services' legacy codes).
    fn error_codes(&mut self, model: &AwsModel, op: &mut Operation) {
        for e in &op.errors {
            let Some(code) = model
                .shapes
                .get(e.as_str())
                .and_then(|s| s.error_code.as_ref())
            else {
                continue;
            };
            if code == e.as_str() {
                continue;
            }
            let code_like = !code.is_empty()
                && code
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | ':'));
            if code_like {
                op.error_codes.insert(e.clone(), code.clone());
            } else {
                self.diag(
                    &format!("{MODEL}/shapes/{e}/error_code"),
                    format!("error code {code:?} is not code-like; ignored"),
                );
            }
        }
    }

    /// Builds error shape `name` from the model (an empty structure here;
    /// `complete_from_model` adds its members, typed as the model says).
    /// The message member is added later with every error's.
    fn error_from_model(&mut self, model: &AwsModel, name: &str) -> bool {
        if !model
            .shapes
            .get(name)
            .is_some_and(|s| s.kind == "structure" && !s.document)
        {
            return false;
        }
        self.shape_from_model(model, name);
        // Its variant's docs then say "The service returned …".
        if let Some(shape) = self.shapes.get_mut(&ShapeId::new(name)) {
            shape.docs = None;
        }
        true
    }

    /// Input members the model marks `idempotencyToken` (string members of
    /// the operation's input only).
    fn idempotency_tokens(
        &mut self,
        model: &AwsModel,
        op: &mut Operation,
        model_input: Option<&str>,
    ) {
        let (Some(input), Some(model_input)) = (op.input.clone(), model_input) else {
            return;
        };
        let Some(facts) = model.members(model_input) else {
            return;
        };
        let wires: Vec<String> = facts
            .iter()
            .filter(|(_, f)| f.idempotency_token)
            .map(|(name, f)| f.location_name.clone().unwrap_or_else(|| name.clone()))
            .collect();
        for wire in wires {
            let target = self
                .structure(&input)
                .and_then(|s| s.members.iter().find(|m| m.wire_name == wire))
                .map(|m| m.target.clone());
            let is_string = target
                .as_ref()
                .is_some_and(|t| matches!(self.shapes[t].kind, ShapeKind::String));
            if !is_string {
                self.diag(
                    &format!("{MODEL}/shapes/{model_input}/members/{wire}"),
                    format!(
                        "idempotency token {wire:?} is not a string member of the input; not filled"
                    ),
                );
                continue;
            }
            if let Some(ShapeKind::Structure(s)) = self.shapes.get_mut(&input).map(|s| &mut s.kind)
            {
                if let Some(m) = s.members.iter_mut().find(|m| m.wire_name == wire) {
                    let docs = m.docs.get_or_insert_with(String::new);
                    if !docs.contains(IDEMPOTENCY_DOC) {
                        docs.push_str(IDEMPOTENCY_DOC);
                    }
                }
            }
            op.idempotency_tokens.push(wire);
        }
    }

    /// botocore's paginator for `op`, checked against the lowered shapes.
    fn model_pagination(&mut self, op: &Operation, p: &Paginator) -> Result<Pagination, String> {
        let input = op.input.as_ref().ok_or("the operation has no input")?;
        let output = op.output.as_ref().ok_or("the operation has no output")?;
        let in_s = self
            .structure(input)
            .ok_or("the operation's input is not a structure")?;
        let (inputs, outputs) = (p.input_token.as_slice(), p.output_token.as_slice());
        if inputs.len() != outputs.len() || inputs.is_empty() {
            return Err(format!(
                "{} input tokens but {} output tokens",
                inputs.len(),
                outputs.len()
            ));
        }
        let mut tokens = Vec::new();
        for (i, o) in inputs.iter().zip(outputs) {
            let member = in_s
                .members
                .iter()
                .find(|m| m.wire_name == *i)
                .ok_or_else(|| format!("input token {i:?} is not a member of the input"))?;
            let path = parse_path(o)?;
            let target = self.walk(output, &path)?;
            let (a, b) = (self.token_kind(&member.target)?, self.token_kind(&target)?);
            if a != b {
                return Err(format!(
                    "input token {i:?} and output token {o:?} are of different types"
                ));
            }
            tokens.push(PageTokenPath {
                input: member.wire_name.clone(),
                output: path,
            });
        }
        let page_size = match &p.limit_key {
            Some(limit) if in_s.members.iter().any(|m| m.wire_name == *limit) => {
                Some(limit.clone())
            }
            Some(limit) => {
                let why = format!("limit key {limit:?} is not a member of the input; no page_size");
                self.diag(&format!("{MODEL}/paginators/{}", op.name), why);
                None
            }
            None => None,
        };
        let mut result_keys = Vec::new();
        for key in p.result_key.iter().flat_map(|k| k.as_slice()) {
            match parse_path(key).and_then(|path| self.walk(output, &path).map(|_| path)) {
                Ok(path) => result_keys.push(path),
                Err(why) => {
                    let p = format!("{MODEL}/paginators/{}/result_key", op.name);
                    self.diag(&p, format!("{why}; result key ignored"));
                }
            }
        }
        let more_results = match &p.more_results {
            None => None,
            Some(more) => {
                let path = parse_path(more)?;
                let target = self.walk(output, &path)?;
                if !matches!(self.shapes[&target].kind, ShapeKind::Boolean) {
                    return Err(format!("more_results {more:?} is not a boolean"));
                }
                Some(path)
            }
        };
        Ok(Pagination {
            tokens,
            page_size,
            result_keys,
            more_results,
            source: "model",
        })
    }

    /// The shape at the end of `path`, starting from structure `start`.
    fn walk(&self, start: &ShapeId, path: &[PathStep]) -> Result<ShapeId, String> {
        let mut shape = start.clone();
        for step in path {
            shape = match (step, &self.shapes[&shape].kind) {
                (PathStep::Member(m), ShapeKind::Structure(s)) => s
                    .members
                    .iter()
                    .find(|x| x.wire_name == *m)
                    .map(|x| x.target.clone())
                    .ok_or_else(|| format!("{:?} is not a member of {shape:?}", m))?,
                (PathStep::Last, ShapeKind::List { item }) => item.clone(),
                _ => {
                    return Err(format!(
                        "path {:?} does not fit the output",
                        path_text(path)
                    ))
                }
            };
        }
        Ok(shape)
    }

    /// Tokens are strings or maps (DynamoDB's `ExclusiveStartKey`).
    fn token_kind(&self, target: &ShapeId) -> Result<String, String> {
        match &self.shapes[target].kind {
            ShapeKind::String => Ok("string".into()),
            ShapeKind::Map { value } => Ok(format!("map of {value}")),
            _ => Err(format!(
                "a token of shape {target:?} (not a string or map) is not supported"
            )),
        }
    }

    /// Reads the `maxResults`/`nextToken`-style query parameters. They are a
    /// hint only, used where botocore has no paginator: the token must also
    /// be a member of both input and output.
    pub(super) fn pagination(
        &mut self,
        op: &str,
        params: &[ReferenceOr<Parameter>],
        input: Option<&ShapeId>,
        output: Option<&ShapeId>,
        pointer: &str,
    ) -> Option<Pagination> {
        if self.model.is_some_and(|m| m.paginators.contains_key(op)) {
            return None;
        }
        let query: Vec<&str> = params
            .iter()
            .filter_map(|p| match p {
                ReferenceOr::Item(Parameter::Query { parameter_data, .. }) => {
                    Some(parameter_data.name.as_str())
                }
                _ => None,
            })
            .collect();
        if query.is_empty() {
            return None;
        }
        let is_token = |n: &str| {
            let l = n.to_ascii_lowercase();
            l.contains("token") || l.contains("marker") || l.starts_with("exclusivestart")
        };
        let input_s = self.structure(input?)?;
        let output_s = self.structure(output?)?;
        let find = |s: &Structure, n: &str| {
            s.members
                .iter()
                .find(|m| m.wire_name.eq_ignore_ascii_case(n))
                .map(|m| m.wire_name.clone())
        };
        let token_param = query.iter().find(|n| is_token(n))?;
        let page_size = query
            .iter()
            .find(|n| !is_token(n))
            .and_then(|n| find(input_s, n));
        let input_token = find(input_s, token_param)?;
        // The output names the next token like the input, or with a `Next`/`LastEvaluated` twist.
        let candidates = [
            input_token.clone(),
            format!("Next{input_token}"),
            input_token.replace("ExclusiveStart", "LastEvaluated"),
        ];
        let Some(output_token) = candidates.iter().find_map(|c| find(output_s, c)) else {
            let p = pointer.to_string();
            self.diag(&p, format!("{op}: pagination token {input_token:?} has no counterpart in the output; no paginator"));
            return None;
        };
        let lists: Vec<_> = output_s
            .members
            .iter()
            .filter(|m| m.wire_name != output_token)
            .filter(|m| {
                matches!(
                    self.shapes.get(&m.target).map(|s| &s.kind),
                    Some(ShapeKind::List { .. })
                )
            })
            .collect();
        let result_keys = if lists.len() == 1 {
            vec![vec![PathStep::Member(lists[0].wire_name.clone())]]
        } else {
            Vec::new()
        };
        Some(Pagination {
            tokens: vec![PageTokenPath {
                input: input_token,
                output: vec![PathStep::Member(output_token)],
            }],
            page_size,
            result_keys,
            more_results: None,
            source: "spec",
        })
    }
}

/// `A.B`, `A[-1].B`: the botocore path forms this generator follows (other
/// JMESPath is refused).
fn parse_path(text: &str) -> Result<Vec<PathStep>, String> {
    let mut path = Vec::new();
    for segment in text.split('.') {
        let (name, last) = match segment.strip_suffix("[-1]") {
            Some(name) => (name, true),
            None => (segment, false),
        };
        if !is_identifier_like(name) {
            return Err(format!(
                "path {text:?} is not supported (only `A.B` and `A[-1]`)"
            ));
        }
        path.push(PathStep::Member(name.to_string()));
        if last {
            path.push(PathStep::Last);
        }
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_botocore_paths() {
        assert_eq!(
            parse_path("StreamDescription.Shards[-1].ShardId").unwrap(),
            [
                PathStep::Member("StreamDescription".into()),
                PathStep::Member("Shards".into()),
                PathStep::Last,
                PathStep::Member("ShardId".into()),
            ]
        );
        assert_eq!(path_text(&parse_path("A.B[-1].C").unwrap()), "A.B[-1].C");
        for bad in ["", "A..B", "A || B", "A[0]", "A[*].B", "a b"] {
            assert!(parse_path(bad).is_err(), "{bad:?}");
        }
    }
}
