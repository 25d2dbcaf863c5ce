//! botocore's handler customizations of restJson1 operations (AWS's model
//! `default_headers`, `body_digest_headers`, `input_defaults`,
//! `query_to_form_body`, checked by `model::customizations`) onto the IR:
//! API Gateway's `Accept`, Glacier's version header, upload digests and
//! `accountId` default.

use super::{err, LowerError, Lowering};
use crate::ir::{BodyDigest, Customizations, Operation, ShapeKind};
use crate::model::{self, AwsModel};

/// Where model problems are reported.
const MODEL: &str = "aws-model.json#";

impl Lowering<'_> {
    /// Sets each operation's `customizations` from its model facts, and
    /// documents input defaults on their members.
    pub(super) fn apply_customizations(
        &mut self,
        model: &AwsModel,
        ops: &mut [Operation],
    ) -> Result<(), LowerError> {
        for op in ops {
            let Some(facts) = model.operations.get(&op.name) else {
                continue;
            };
            let mut c = Customizations {
                default_headers: facts.default_headers.clone(),
                body_digests: facts
                    .body_digest_headers
                    .iter()
                    .map(|(h, d)| {
                        let digest = match d {
                            model::BodyDigest::Sha256 => BodyDigest::Sha256,
                            model::BodyDigest::Sha256TreeHash => BodyDigest::Sha256TreeHash,
                        };
                        (h.clone(), digest)
                    })
                    .collect(),
                input_defaults: Default::default(),
                query_to_form_body: facts.query_to_form_body,
            };
            for (member, value) in &facts.input_defaults {
                let pointer = format!("{MODEL}/operations/{}/input_defaults/{member}", op.name);
                let wire = facts
                    .input
                    .as_deref()
                    .and_then(|s| model.members(s))
                    .and_then(|m| m.get(member))
                    .map(|f| f.wire_name(member).to_owned())
                    .ok_or_else(|| err(&pointer, "no such input member"))?;
                self.document_default(op, &wire, value)
                    .map_err(|why| err(&pointer, why))?;
                c.input_defaults.insert(wire, value.clone());
            }
            op.customizations = c;
        }
        Ok(())
    }

    /// Appends "when unset, `send()` sends …" to the input member's docs;
    /// the member must be a string.
    fn document_default(&mut self, op: &Operation, wire: &str, value: &str) -> Result<(), String> {
        let input = op.input.as_ref().ok_or("the operation has no input")?;
        let target = self
            .structure(input)
            .and_then(|s| s.members.iter().find(|m| m.wire_name == wire))
            .map(|m| m.target.clone())
            .ok_or_else(|| format!("the input has no member {wire:?}"))?;
        if !matches!(self.shapes[&target].kind, ShapeKind::String) {
            return Err(format!("member {wire:?} is not a string"));
        }
        let note = format!(
            "<p>If not set, <code>send()</code> sends <code>{}</code> (botocore's default).</p>",
            html_escape(value)
        );
        if let Some(ShapeKind::Structure(s)) = self.shapes.get_mut(input).map(|s| &mut s.kind) {
            if let Some(m) = s.members.iter_mut().find(|m| m.wire_name == wire) {
                let docs = m.docs.get_or_insert_with(String::new);
                if !docs.contains(&note) {
                    docs.push_str(&note);
                }
            }
        }
        Ok(())
    }
}

fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}
