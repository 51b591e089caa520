//! SSH keys: fingerprints computed from the key, unique names and fingerprints.

use super::common::{check_labels, check_name};
use super::Handler;
use crate::call::{Answer, ApiFail, Call, Reply};
use crate::list;
use crate::store::Store;
use base64::Engine;
use hetzcloud::models::*;
use md5::{Digest, Md5};

pub fn route(op_id: &str) -> Option<Handler> {
    let f: Handler = match op_id {
        "list_ssh_keys" => list,
        "create_ssh_key" => create,
        "get_ssh_key" => get,
        "update_ssh_key" => update,
        "delete_ssh_key" => delete,
        _ => return None,
    };
    Some(f)
}

fn list(store: &mut Store, call: &Call) -> Answer {
    let fingerprint = call.query_one("fingerprint");
    let (ssh_keys, meta, link) = list::page(store.ssh_keys.values(), call, |k| {
        Ok(fingerprint.is_none_or(|f| k.fingerprint == f))
    })?;
    Ok(list::reply(&ListSshKeysResponse { ssh_keys, meta }, link))
}

/// The MD5 fingerprint of an OpenSSH public key line (`ssh-ed25519 AAAA... comment`), as the
/// API shows it: `b7:2f:30:a0:...`.
pub fn fingerprint(public_key: &str) -> Result<String, ApiFail> {
    let mut parts = public_key.split_whitespace();
    let (Some(kind), Some(blob)) = (parts.next(), parts.next()) else {
        return Err(ApiFail::invalid_input(
            "public_key",
            "must be an OpenSSH public key: `<type> <base64> [comment]`",
        ));
    };
    let bytes = base64::engine::general_purpose::STANDARD
        .decode(blob)
        .map_err(|_| ApiFail::invalid_input("public_key", "the key data is not base64"))?;
    // The blob starts with the key type as an SSH string: it must agree with the prefix.
    let declared = bytes
        .get(4..)
        .and_then(|rest| {
            let len = u32::from_be_bytes(bytes.get(..4)?.try_into().ok()?) as usize;
            rest.get(..len)
        })
        .map(|t| t == kind.as_bytes())
        .unwrap_or(false);
    if !declared {
        return Err(ApiFail::invalid_input(
            "public_key",
            &format!("the key data is not a `{kind}` key"),
        ));
    }
    let digest = Md5::digest(&bytes);
    Ok(digest
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect::<Vec<_>>()
        .join(":"))
}

fn create(store: &mut Store, call: &Call) -> Answer {
    let req: CreateSshKeyRequest = call.body()?;
    check_name(&req.name)?;
    check_labels(req.labels.as_ref())?;
    let fp = fingerprint(&req.public_key)?;
    store.ssh_keys.check_unique_name(&req.name, None)?;
    if store.ssh_keys.values().any(|k| k.fingerprint == fp) {
        return Err(ApiFail::uniqueness(
            "public_key",
            "SSH key with the same fingerprint already exists",
        ));
    }
    store.check_limit(store.ssh_keys.rows.len(), "SSH Key")?;
    let key = SshKey {
        id: store.next_id(),
        name: req.name,
        fingerprint: fp,
        public_key: req.public_key.trim().to_owned(),
        labels: req.labels.unwrap_or_default(),
        created: call.now,
    };
    store.ssh_keys.insert(key.clone());
    Ok(Reply::created(&GetSshKeyResponse { ssh_key: key }))
}

fn get(store: &mut Store, call: &Call) -> Answer {
    let ssh_key = store.ssh_keys.get(call.id("id")?)?.clone();
    Ok(Reply::ok(&GetSshKeyResponse { ssh_key }))
}

fn update(store: &mut Store, call: &Call) -> Answer {
    let id = call.id("id")?;
    let req: UpdateSshKeyRequest = call.body()?;
    store.ssh_keys.get(id)?;
    if let Some(name) = &req.name {
        check_name(name)?;
        store.ssh_keys.check_unique_name(name, Some(id))?;
    }
    check_labels(req.labels.as_ref())?;
    let key = store.ssh_keys.get_mut(id)?;
    if let Some(name) = req.name {
        key.name = name;
    }
    if let Some(labels) = req.labels {
        key.labels = labels;
    }
    Ok(Reply::ok(&GetSshKeyResponse {
        ssh_key: key.clone(),
    }))
}

fn delete(store: &mut Store, call: &Call) -> Answer {
    store.ssh_keys.remove(call.id("id")?)?;
    Ok(Reply::no_content())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprint_of_an_ed25519_key() {
        // ssh-keygen -l -E md5 for this key prints MD5:38:d7:e1:5c:3c:0c:5e:4f:de:7b:30:ab:32:c4:b6:8c
        let key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ user@host";
        let fp = fingerprint(key).unwrap();
        assert_eq!(fp.len(), 47);
        assert_eq!(fp.split(':').count(), 16);
        assert!(fingerprint(
            "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIDuMvPBCnmQa+ZsFyLjbS2N/QxvHXpL+M1Tb/M5fSHbQ"
        )
        .is_err());
        assert!(fingerprint("not a key").is_err());
    }
}
