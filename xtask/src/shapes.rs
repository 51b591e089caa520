//! A schema of the description, reduced to what decides its Rust type: its shape.
//!
//! Descriptions, examples and bounds do not change a type, so two inline schemas with the same
//! shape become one Rust type (the description repeats `Server` in every response that has one).

use serde_json::Value;

#[derive(Clone, Debug, PartialEq)]
pub enum Shape {
    Bool,
    I32,
    I64,
    F64,
    Str,
    DateTime,
    Decimal,
    /// Any JSON (an object without declared properties).
    Any,
    /// `oneOf` an ID (integer) or a name (string).
    IdOrName,
    Enum(Vec<String>),
    Tuple(Vec<Shape>),
    Array(Box<Shape>),
    Map(Box<Shape>),
    Object(Object),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Object {
    pub title: Option<String>,
    pub description: Option<String>,
    pub fields: Vec<Field>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Field {
    pub name: String,
    pub shape: Shape,
    pub required: bool,
    pub nullable: bool,
    pub description: Option<String>,
    pub deprecated: bool,
    /// The `example` of the property, for synthesized samples.
    pub example: Option<Value>,
}

/// A schema's shape and whether `null` is allowed.
pub fn shape_of(schema: &Value) -> (Shape, bool) {
    let nullable = match &schema["type"] {
        Value::Array(types) => types.iter().any(|t| t == "null"),
        _ => false,
    };
    (shape_inner(schema), nullable)
}

fn type_name(schema: &Value) -> Option<&str> {
    match &schema["type"] {
        Value::String(s) => Some(s),
        Value::Array(types) => types
            .iter()
            .filter_map(Value::as_str)
            .find(|t| *t != "null"),
        _ => None,
    }
}

fn shape_inner(schema: &Value) -> Shape {
    if let Some(variants) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()) {
        let scalars: Vec<_> = variants.iter().map(type_name).collect();
        if scalars
            .iter()
            .all(|t| matches!(t, Some("string") | Some("integer")))
        {
            if scalars.contains(&Some("integer")) && scalars.contains(&Some("string")) {
                return Shape::IdOrName;
            }
            return shape_inner(&variants[0]);
        }
        // Variants told apart by a discriminator become one object with every variant's fields;
        // a field is required only where every variant requires it.
        let mut merged: Option<Object> = None;
        for v in variants {
            if let Shape::Object(o) = shape_inner(v) {
                merged = Some(match merged {
                    None => o,
                    Some(m) => union_objects(m, o),
                });
            }
        }
        let mut m = merged.unwrap_or(Object {
            title: None,
            description: None,
            fields: vec![],
        });
        m.title = schema["title"].as_str().map(str::to_owned).or(m.title);
        m.description = schema["description"]
            .as_str()
            .map(str::to_owned)
            .or(m.description);
        return Shape::Object(m);
    }
    if let Some(parts) = schema["allOf"].as_array() {
        let mut merged = Object {
            title: schema["title"].as_str().map(str::to_owned),
            description: schema["description"].as_str().map(str::to_owned),
            fields: vec![],
        };
        for p in parts {
            if let Shape::Object(o) = shape_inner(p) {
                merged = intersect_objects(merged, o);
            }
        }
        return Shape::Object(merged);
    }
    if let Some(values) = schema["enum"].as_array() {
        if type_name(schema) == Some("string") || type_name(schema).is_none() {
            let values: Vec<String> = values
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect();
            if !values.is_empty() {
                return Shape::Enum(values);
            }
        }
    }
    match type_name(schema) {
        Some("boolean") => Shape::Bool,
        Some("integer") => match schema["format"].as_str() {
            Some("int32") => Shape::I32,
            _ => Shape::I64,
        },
        Some("number") => Shape::F64,
        Some("string") => match schema["format"].as_str() {
            Some("date-time") => Shape::DateTime,
            Some("decimal") => Shape::Decimal,
            _ => Shape::Str,
        },
        Some("array") => {
            if let Some(items) = schema["prefixItems"].as_array() {
                return Shape::Tuple(items.iter().map(shape_inner).collect());
            }
            let (item, _) = shape_of(&schema["items"]);
            Shape::Array(Box::new(item))
        }
        Some("object") | None => object_shape(schema),
        Some(other) => panic!("unsupported schema type {other}"),
    }
}

fn object_shape(schema: &Value) -> Shape {
    let props = schema["properties"].as_object();
    if props.is_none_or(|p| p.is_empty()) {
        if let Some(ap) = schema.get("additionalProperties").filter(|a| a.is_object()) {
            let (v, _) = shape_of(ap);
            return Shape::Map(Box::new(v));
        }
        return Shape::Any;
    }
    let required: Vec<&str> = schema["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let fields = props
        .into_iter()
        .flatten()
        .map(|(name, prop)| {
            let (shape, nullable) = shape_of(prop);
            Field {
                name: name.clone(),
                shape,
                required: required.contains(&name.as_str()),
                nullable,
                description: prop["description"].as_str().map(str::to_owned),
                deprecated: prop["deprecated"].as_bool().unwrap_or(false),
                example: prop.get("example").cloned(),
            }
        })
        .collect();
    Shape::Object(Object {
        title: schema["title"].as_str().map(str::to_owned),
        description: schema["description"].as_str().map(str::to_owned),
        fields,
    })
}

/// `allOf`: every part's fields; required where any part requires it.
fn intersect_objects(mut a: Object, b: Object) -> Object {
    for f in b.fields {
        match a.fields.iter_mut().find(|x| x.name == f.name) {
            Some(existing) => {
                existing.required |= f.required;
                existing.shape = narrow(existing.shape.clone(), f.shape);
                if existing.description.is_none() {
                    existing.description = f.description;
                }
            }
            None => a.fields.push(f),
        }
    }
    if a.title.is_none() {
        a.title = b.title;
    }
    a
}

/// `oneOf`: every variant's fields; required only where every variant requires it.
fn union_objects(mut a: Object, b: Object) -> Object {
    for f in a.fields.iter_mut() {
        if !b.fields.iter().any(|x| x.name == f.name && x.required) {
            f.required = false;
        }
    }
    for mut f in b.fields {
        match a.fields.iter_mut().find(|x| x.name == f.name) {
            Some(existing) => {
                existing.shape = widen(existing.shape.clone(), f.shape);
                existing.nullable |= f.nullable;
            }
            None => {
                f.required = false;
                a.fields.push(f)
            }
        }
    }
    a
}

/// Within `allOf`, a later part may restrict an enum (the discriminator value): keep the wider
/// declaration so the merged `oneOf` can hold every variant's value.
fn narrow(a: Shape, b: Shape) -> Shape {
    match (a, b) {
        (Shape::Enum(x), Shape::Enum(y)) => Shape::Enum(if x.len() >= y.len() { x } else { y }),
        (Shape::Object(x), Shape::Object(y)) => Shape::Object(intersect_objects(x, y)),
        (x, _) => x,
    }
}

fn widen(a: Shape, b: Shape) -> Shape {
    match (a, b) {
        (Shape::Enum(mut x), Shape::Enum(y)) => {
            for v in y {
                if !x.contains(&v) {
                    x.push(v);
                }
            }
            Shape::Enum(x)
        }
        (Shape::Object(x), Shape::Object(y)) => Shape::Object(union_objects(x, y)),
        (x, _) => x,
    }
}

/// A canonical text of the shape: equal keys, equal Rust types.
pub fn key(shape: &Shape) -> String {
    match shape {
        Shape::Bool => "bool".into(),
        Shape::I32 => "i32".into(),
        Shape::I64 => "i64".into(),
        Shape::F64 => "f64".into(),
        Shape::Str => "str".into(),
        Shape::DateTime => "datetime".into(),
        Shape::Decimal => "decimal".into(),
        Shape::Any => "any".into(),
        Shape::IdOrName => "id_or_name".into(),
        Shape::Enum(v) => format!("enum({})", v.join("|")),
        Shape::Tuple(items) => format!(
            "tuple({})",
            items.iter().map(key).collect::<Vec<_>>().join(",")
        ),
        Shape::Array(i) => format!("[{}]", key(i)),
        Shape::Map(v) => format!("map({})", key(v)),
        Shape::Object(o) => {
            let fields: Vec<String> = o
                .fields
                .iter()
                .map(|f| {
                    format!(
                        "{}{}{}:{}",
                        f.name,
                        if f.required { "!" } else { "?" },
                        if f.nullable { "~" } else { "" },
                        key(&f.shape)
                    )
                })
                .collect();
            format!("{{{}}}", fields.join(","))
        }
    }
}
