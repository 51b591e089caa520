// Generated from cloud.spec.json by xtask. Do not edit.
