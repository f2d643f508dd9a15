//! The machine interface: the command's typed result, serialised (DESIGN §5). Every quantity is
//! `{"value": number, "unit": "…"}` in canonical units; keys are snake_case identifiers.

pub fn render(json: &serde_json::Value) -> anyhow::Result<Vec<u8>> {
    let mut bytes = serde_json::to_vec_pretty(json)?;
    bytes.push(b'\n');
    Ok(bytes)
}
