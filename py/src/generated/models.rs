// Generated from cloud.spec.json by xtask. Do not edit.
//! One frozen Python class per model of the API's answers; getters convert on access.

#![allow(clippy::too_many_lines)]

use crate::convert::ToPy;
use crate::lazy::{FromRaw, Lazy};
use hetzcloud::models as m;
use pyo3::prelude::*;
use serde_json::value::RawValue;

/// ActionResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ActionResponse")]
pub struct ActionResponse(pub Lazy<m::ActionResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::ActionResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ActionResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::ActionResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            ActionResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl ActionResponse {
    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ActionResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ActionResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// Action
#[pyclass(frozen, module = "hetzcloud._native", name = "Action")]
pub struct Action(pub Lazy<m::Action>);

impl ToPy for m::Action {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Action(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Action {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Action {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Action(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Action {
    /// ID of the Action.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Command executed in the Action.
    #[getter(command)]
    fn get_command<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.command.to_py(py)
    }

    /// Status of the Action.
    #[getter(status)]
    fn get_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.status.to_py(py)
    }

    /// Point in time when the Action was started (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(started)]
    fn get_started<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.started.to_py(py)
    }

    /// Point in time when the Action was finished (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format). Only set if the Action is finished otherwise null.
    #[getter(finished)]
    fn get_finished<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.finished.to_py(py)
    }

    /// Progress of the Action in percent.
    #[getter(progress)]
    fn get_progress<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.progress.to_py(py)
    }

    /// Resources the Action relates to.
    #[getter(resources)]
    fn get_resources<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.resources.to_py(py)
    }

    /// Error message for the Action if an error occurred, otherwise null.
    #[getter(error)]
    fn get_error<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.error.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Action", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Action", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ActionResource
#[pyclass(frozen, module = "hetzcloud._native", name = "ActionResource")]
pub struct ActionResource(pub Lazy<m::ActionResource>);

impl ToPy for m::ActionResource {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ActionResource(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ActionResource {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ActionResource {
    /// ID of the Resource.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Type of the Resource.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ActionResource", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ActionResource", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Error message for the Action if an error occurred, otherwise null.
#[pyclass(frozen, module = "hetzcloud._native", name = "ActionError")]
pub struct ActionError(pub Lazy<m::ActionError>);

impl ToPy for m::ActionError {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ActionError(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ActionError {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ActionError {
    /// Fixed error code for machines.
    #[getter(code)]
    fn get_code<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.code.to_py(py)
    }

    /// Error message for humans.
    #[getter(message)]
    fn get_message<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.message.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ActionError", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ActionError", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// CertificateResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "CertificateResponse")]
pub struct CertificateResponse(pub Lazy<m::CertificateResponse>);

impl ToPy for m::CertificateResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CertificateResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::CertificateResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl CertificateResponse {
    #[getter(certificate)]
    fn get_certificate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.certificate.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CertificateResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CertificateResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Certificate
#[pyclass(frozen, module = "hetzcloud._native", name = "Certificate")]
pub struct Certificate(pub Lazy<m::Certificate>);

impl ToPy for m::Certificate {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Certificate(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Certificate {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Certificate {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Certificate(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Certificate {
    /// ID of the Certificate.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Resource. Must be unique per Project.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Type of the Certificate.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Certificate and chain in PEM format, in order so that each record directly certifies the one preceding.
    #[getter(certificate)]
    fn get_certificate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.certificate.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    /// Point in time when the Certificate becomes valid (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(not_valid_before)]
    fn get_not_valid_before<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.not_valid_before.to_py(py)
    }

    /// Point in time when the Certificate stops being valid (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(not_valid_after)]
    fn get_not_valid_after<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.not_valid_after.to_py(py)
    }

    /// Domains and subdomains covered by the Certificate.
    #[getter(domain_names)]
    fn get_domain_names<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.domain_names.to_py(py)
    }

    /// SHA256 fingerprint of the Certificate.
    #[getter(fingerprint)]
    fn get_fingerprint<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.fingerprint.to_py(py)
    }

    /// Current status of a type `managed` Certificate, always *null* for type `uploaded` Certificates.
    #[getter(status)]
    fn get_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.status.to_py(py)
    }

    /// Resources currently using the Certificate.
    #[getter(used_by)]
    fn get_used_by<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.used_by.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Certificate", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Certificate", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Current status of a type `managed` Certificate, always *null* for type `uploaded` Certificates.
#[pyclass(frozen, module = "hetzcloud._native", name = "CertificateStatus")]
pub struct CertificateStatus(pub Lazy<m::CertificateStatus>);

impl ToPy for m::CertificateStatus {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CertificateStatus(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::CertificateStatus {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl CertificateStatus {
    /// Status of the issuance process of the Certificate.
    #[getter(issuance)]
    fn get_issuance<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.issuance.to_py(py)
    }

    /// Status of the renewal process of the Certificate.
    #[getter(renewal)]
    fn get_renewal<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.renewal.to_py(py)
    }

    /// If issuance or renewal reports `failed`, this property contains information about what happened.
    #[getter(error)]
    fn get_error<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.error.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CertificateStatus", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CertificateStatus", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// If issuance or renewal reports `failed`, this property contains information about what happened.
#[pyclass(frozen, module = "hetzcloud._native", name = "CertificateStatusError")]
pub struct CertificateStatusError(pub Lazy<m::CertificateStatusError>);

impl ToPy for m::CertificateStatusError {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CertificateStatusError(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::CertificateStatusError {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl CertificateStatusError {
    #[getter(code)]
    fn get_code<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.code.to_py(py)
    }

    #[getter(message)]
    fn get_message<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.message.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CertificateStatusError", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CertificateStatusError", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetDatacenterResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetDatacenterResponse")]
pub struct GetDatacenterResponse(pub Lazy<m::GetDatacenterResponse>);

impl ToPy for m::GetDatacenterResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetDatacenterResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetDatacenterResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetDatacenterResponse {
    #[getter(datacenter)]
    fn get_datacenter<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.datacenter.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetDatacenterResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetDatacenterResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Datacenter
#[pyclass(frozen, module = "hetzcloud._native", name = "Datacenter")]
pub struct Datacenter(pub Lazy<m::Datacenter>);

impl ToPy for m::Datacenter {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Datacenter(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Datacenter {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Datacenter {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Datacenter(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Datacenter {
    /// ID of the Data Center.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Unique name for the Data Center.
    ///
    /// May be used as a more descriptive identifier.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Descriptive name for the Data Center.
    ///
    /// Desired to be easy to understand for humans. May change for cosmetic reasons. Must not be used as an identifier.
    #[getter(description)]
    fn get_description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.description.to_py(py)
    }

    /// Location the Data Center is located at.
    #[getter(location)]
    fn get_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.location.to_py(py)
    }

    /// **Deprecated.** This field is deprecated, as all of it's properties are deprecated.
    ///
    /// Server Types supported and available in this Data Center.
    #[getter(server_types)]
    fn get_server_types<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server_types.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Datacenter", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Datacenter", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Location the Data Center is located at.
#[pyclass(frozen, module = "hetzcloud._native", name = "Location")]
pub struct Location(pub Lazy<m::Location>);

impl ToPy for m::Location {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Location(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Location {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Location {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Location(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Location {
    /// ID of the Location.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Unique identifier of the Location.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Human readable description of the Location.
    #[getter(description)]
    fn get_description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.description.to_py(py)
    }

    /// Country the Location resides in.
    ///
    /// ISO 3166-1 alpha-2 code of the country.
    #[getter(country)]
    fn get_country<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.country.to_py(py)
    }

    /// Name of the closest city to the Location.
    ///
    /// City name or city name and state in short form. E.g. `Falkenstein` or `Ashburn, VA`.
    #[getter(city)]
    fn get_city<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.city.to_py(py)
    }

    /// Latitude of the city closest to the Location.
    #[getter(latitude)]
    fn get_latitude<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.latitude.to_py(py)
    }

    /// Longitude of the city closest to the Location.
    #[getter(longitude)]
    fn get_longitude<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.longitude.to_py(py)
    }

    /// Name of the Network Zone this Location resides in.
    #[getter(network_zone)]
    fn get_network_zone<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.network_zone.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Location", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Location", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// This field is deprecated, as all of it's properties are deprecated.
///
/// Server Types supported and available in this Data Center.
#[pyclass(frozen, module = "hetzcloud._native", name = "DatacenterServerTypes")]
pub struct DatacenterServerTypes(pub Lazy<m::DatacenterServerTypes>);

impl ToPy for m::DatacenterServerTypes {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, DatacenterServerTypes(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::DatacenterServerTypes {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl DatacenterServerTypes {
    /// **Deprecated.** This field is deprecated. Use the Server Type `locations` field instead.
    ///
    /// List of Server Types supported in this Data Center.
    ///
    /// These Server Types are generally available in this Data Center, but may be
    /// temporarily out of stock.
    #[getter(supported)]
    fn get_supported<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.supported.to_py(py)
    }

    /// **Deprecated.** This field is deprecated. Use the `available` flag in the Server Type `locations` field instead (`server_type.locations[].available`).
    ///
    /// Server Types currently available in this Data Center.
    ///
    /// These Server Types can currently be purchased. Types that are temporarily unavailable
    /// but are supported in this Data Center are listed as `supported`.
    #[getter(available)]
    fn get_available<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.available.to_py(py)
    }

    /// **Deprecated.** This field is deprecated. Use the `available` flag in the Server Type `locations` field instead (`server_type.locations[].available`).
    ///
    /// Server Types available to migrate to in this Data Center.
    ///
    /// Existing Servers can be migrated to these Server Types.
    #[getter(available_for_migration)]
    fn get_available_for_migration<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.available_for_migration.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("DatacenterServerTypes", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("DatacenterServerTypes", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// FirewallResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "FirewallResponse")]
pub struct FirewallResponse(pub Lazy<m::FirewallResponse>);

impl ToPy for m::FirewallResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, FirewallResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::FirewallResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl FirewallResponse {
    #[getter(firewall)]
    fn get_firewall<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.firewall.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("FirewallResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("FirewallResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Firewall
#[pyclass(frozen, module = "hetzcloud._native", name = "Firewall")]
pub struct Firewall(pub Lazy<m::Firewall>);

impl ToPy for m::Firewall {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Firewall(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Firewall {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Firewall {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Firewall(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Firewall {
    /// ID of the Firewall.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Firewall.
    ///
    /// Must be unique per Project.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    #[getter(rules)]
    fn get_rules<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.rules.to_py(py)
    }

    #[getter(applied_to)]
    fn get_applied_to<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.applied_to.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Firewall", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Firewall", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// RuleResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "RuleResponse")]
pub struct RuleResponse(pub Lazy<m::RuleResponse>);

impl ToPy for m::RuleResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, RuleResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::RuleResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl RuleResponse {
    /// Description of the rule.
    #[getter(description)]
    fn get_description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.description.to_py(py)
    }

    /// Traffic direction in which the rule should be applied to.
    ///
    /// Use `source_ips` for direction `in` and `destination_ips` for direction `out` to specify IPs.
    #[getter(direction)]
    fn get_direction<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.direction.to_py(py)
    }

    /// List of permitted IPv4/IPv6 addresses for incoming traffic.
    ///
    /// The `direction` must be set to `in`.
    ///
    /// IPs must be provided in [CIDR block notation](https://wikipedia.org/wiki/CIDR). You can specify 100 CIDR
    /// blocks at most.
    ///
    /// The CIDR blocks may refer to networks (with empty host bits) or single hosts.
    /// For example, a network could be defined with `10.0.1.0/24` or `2001:db8:ff00:42::/64`,
    /// and a single host with `10.0.1.1/32` or `2001:db8:ff00:42::8329/128`.
    ///
    /// Use `0.0.0.0/0` to allow any IPv4 addresses and `::/0` to allow any IPv6 addresses.
    ///
    /// IPv6 CIDRs will be transformed to their canonical form according to [RFC5952](https://datatracker.ietf.org/doc/html/rfc5952#section-4).
    #[getter(source_ips)]
    fn get_source_ips<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.source_ips.to_py(py)
    }

    /// List of permitted IPv4/IPv6 addresses for outgoing traffic.
    ///
    /// The `direction` must be set to `out`.
    ///
    /// IPs must be in [CIDR block notation](https://wikipedia.org/wiki/CIDR). You can specify 100 CIDR
    /// blocks at most.
    ///
    /// The CIDR blocks may refer to networks (with empty host bits) or single hosts.
    /// For example, a network could be defined with `10.0.1.0/24` or `2001:db8:ff00:42::/64`,
    /// and a single host with `10.0.1.1/32` or `2001:db8:ff00:42::8329/128`.
    ///
    /// Use `0.0.0.0/0` to allow any IPv4 addresses and `::/0` to allow any IPv6 addresses.
    ///
    /// IPv6 CIDRs will be transformed to their canonical form according to [RFC5952](https://datatracker.ietf.org/doc/html/rfc5952#section-4).
    #[getter(destination_ips)]
    fn get_destination_ips<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.destination_ips.to_py(py)
    }

    /// Network protocol to apply the rule for.
    #[getter(protocol)]
    fn get_protocol<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protocol.to_py(py)
    }

    /// Port or port range to apply the rule for.
    ///
    /// Only applicable for protocols `tcp` and `udp`.
    ///
    /// A port range can be specified by separating lower and upper bounds with a dash. `1024-5000` will include
    /// all ports starting from 1024 up to port 5000.
    #[getter(port)]
    fn get_port<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.port.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("RuleResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("RuleResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// FirewallAppliedTo
#[pyclass(frozen, module = "hetzcloud._native", name = "FirewallAppliedTo")]
pub struct FirewallAppliedTo(pub Lazy<m::FirewallAppliedTo>);

impl ToPy for m::FirewallAppliedTo {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, FirewallAppliedTo(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::FirewallAppliedTo {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl FirewallAppliedTo {
    /// The type of resource to apply.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Server the Firewall is applied to.
    ///
    /// Only set for `type` `server`, otherwise `null`.
    #[getter(server)]
    fn get_server<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server.to_py(py)
    }

    /// Label Selector the Firewall is applied to.
    ///
    /// Only set for `type` `label_selector`, otherwise `null`.
    #[getter(label_selector)]
    fn get_label_selector<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.label_selector.to_py(py)
    }

    /// Resources applied to via this Label Selector.
    #[getter(applied_to_resources)]
    fn get_applied_to_resources<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.applied_to_resources.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("FirewallAppliedTo", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("FirewallAppliedTo", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Server the Firewall is applied to.
///
/// Only set for `type` `server`, otherwise `null`.
#[pyclass(frozen, module = "hetzcloud._native", name = "FirewallAppliedToServer")]
pub struct FirewallAppliedToServer(pub Lazy<m::FirewallAppliedToServer>);

impl ToPy for m::FirewallAppliedToServer {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, FirewallAppliedToServer(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::FirewallAppliedToServer {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl FirewallAppliedToServer {
    /// ID of the Server.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("FirewallAppliedToServer", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("FirewallAppliedToServer", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Label Selector the Firewall is applied to.
///
/// Only set for `type` `label_selector`, otherwise `null`.
#[pyclass(frozen, module = "hetzcloud._native", name = "LabelSelector")]
pub struct LabelSelector(pub Lazy<m::LabelSelector>);

impl ToPy for m::LabelSelector {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LabelSelector(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LabelSelector {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LabelSelector {
    /// The selector.
    #[getter(selector)]
    fn get_selector<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.selector.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LabelSelector", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LabelSelector", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// FirewallAppliedToResource
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "FirewallAppliedToResource"
)]
pub struct FirewallAppliedToResource(pub Lazy<m::FirewallAppliedToResource>);

impl ToPy for m::FirewallAppliedToResource {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, FirewallAppliedToResource(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::FirewallAppliedToResource {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl FirewallAppliedToResource {
    /// Type of resource.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Server the Firewall is applied to.
    ///
    /// Only set for `type` `server`, otherwise `null`.
    #[getter(server)]
    fn get_server<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("FirewallAppliedToResource", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("FirewallAppliedToResource", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetFloatingIpResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetFloatingIpResponse")]
pub struct GetFloatingIpResponse(pub Lazy<m::GetFloatingIpResponse>);

impl ToPy for m::GetFloatingIpResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetFloatingIpResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetFloatingIpResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetFloatingIpResponse {
    #[getter(floating_ip)]
    fn get_floating_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.floating_ip.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetFloatingIpResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetFloatingIpResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// FloatingIp
#[pyclass(frozen, module = "hetzcloud._native", name = "FloatingIp")]
pub struct FloatingIp(pub Lazy<m::FloatingIp>);

impl ToPy for m::FloatingIp {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, FloatingIp(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::FloatingIp {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::FloatingIp {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, FloatingIp(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl FloatingIp {
    /// ID of the Floating IP.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Resource. Must be unique per Project.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Description of the Resource.
    #[getter(description)]
    fn get_description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.description.to_py(py)
    }

    /// IP address.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    /// The Floating IP type.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Server the Floating IP is assigned to.
    ///
    /// `null` if not assigned.
    #[getter(server)]
    fn get_server<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server.to_py(py)
    }

    /// List of reverse DNS entries for the Floating IP.
    #[getter(dns_ptr)]
    fn get_dns_ptr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.dns_ptr.to_py(py)
    }

    #[getter(home_location)]
    fn get_home_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.home_location.to_py(py)
    }

    /// Indicates whether the Floating IP is blocked.
    #[getter(blocked)]
    fn get_blocked<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.blocked.to_py(py)
    }

    /// Protection configuration for the Resource.
    #[getter(protection)]
    fn get_protection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protection.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("FloatingIp", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("FloatingIp", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// DnsPtr
#[pyclass(frozen, module = "hetzcloud._native", name = "DnsPtr")]
pub struct DnsPtr(pub Lazy<m::DnsPtr>);

impl ToPy for m::DnsPtr {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, DnsPtr(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::DnsPtr {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl DnsPtr {
    /// Single IPv4 or IPv6 address of the record.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    /// Domain Name to point to.
    ///
    /// PTR record content used for reverse DNS.
    #[getter(dns_ptr)]
    fn get_dns_ptr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.dns_ptr.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("DnsPtr", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("DnsPtr", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Protection configuration for the Resource.
#[pyclass(frozen, module = "hetzcloud._native", name = "Protection")]
pub struct Protection(pub Lazy<m::Protection>);

impl ToPy for m::Protection {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Protection(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Protection {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl Protection {
    /// Prevent the Resource from being deleted.
    #[getter(delete)]
    fn get_delete<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.delete.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Protection", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Protection", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetImageResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetImageResponse")]
pub struct GetImageResponse(pub Lazy<m::GetImageResponse>);

impl ToPy for m::GetImageResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetImageResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetImageResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetImageResponse {
    #[getter(image)]
    fn get_image<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.image.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetImageResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetImageResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Image
#[pyclass(frozen, module = "hetzcloud._native", name = "Image")]
pub struct Image(pub Lazy<m::Image>);

impl ToPy for m::Image {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Image(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Image {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Image {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Image(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Image {
    /// ID of the Image.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Type of the Image.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Status of the Image.
    #[getter(status)]
    fn get_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.status.to_py(py)
    }

    /// Unique identifier of the Image. This value is only set for system Images.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Description of the Image.
    #[getter(description)]
    fn get_description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.description.to_py(py)
    }

    /// Size of the Image file in our storage in GB. For snapshot Images this is the value relevant for calculating costs for the Image.
    #[getter(image_size)]
    fn get_image_size<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.image_size.to_py(py)
    }

    /// Size of the disk contained in the Image in GB.
    #[getter(disk_size)]
    fn get_disk_size<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.disk_size.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    /// Information about the Server the Image was created from.
    #[getter(created_from)]
    fn get_created_from<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created_from.to_py(py)
    }

    /// ID of Server the Image is bound to. Only set for Images of type `backup`.
    #[getter(bound_to)]
    fn get_bound_to<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.bound_to.to_py(py)
    }

    /// Flavor of operating system contained in the Image.
    #[getter(os_flavor)]
    fn get_os_flavor<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.os_flavor.to_py(py)
    }

    /// Operating system version.
    #[getter(os_version)]
    fn get_os_version<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.os_version.to_py(py)
    }

    /// Indicates that rapid deploy of the Image is available.
    #[getter(rapid_deploy)]
    fn get_rapid_deploy<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.rapid_deploy.to_py(py)
    }

    /// Protection configuration for the Resource.
    #[getter(protection)]
    fn get_protection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protection.to_py(py)
    }

    /// Point in time when the Image is considered to be deprecated (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(deprecated)]
    fn get_deprecated<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.deprecated.to_py(py)
    }

    /// Point in time where the Image was deleted (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(deleted)]
    fn get_deleted<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.deleted.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// CPU architecture compatible with the Image.
    #[getter(architecture)]
    fn get_architecture<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.architecture.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Image", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Image", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Information about the Server the Image was created from.
#[pyclass(frozen, module = "hetzcloud._native", name = "ImageCreatedFrom")]
pub struct ImageCreatedFrom(pub Lazy<m::ImageCreatedFrom>);

impl ToPy for m::ImageCreatedFrom {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ImageCreatedFrom(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ImageCreatedFrom {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ImageCreatedFrom {
    /// ID of the Server the Image was created from.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Server name at the time the Image was created.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ImageCreatedFrom", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ImageCreatedFrom", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetIsoResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetIsoResponse")]
pub struct GetIsoResponse(pub Lazy<m::GetIsoResponse>);

impl ToPy for m::GetIsoResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetIsoResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetIsoResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetIsoResponse {
    #[getter(iso)]
    fn get_iso<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.iso.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetIsoResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetIsoResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Iso
#[pyclass(frozen, module = "hetzcloud._native", name = "Iso")]
pub struct Iso(pub Lazy<m::Iso>);

impl ToPy for m::Iso {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Iso(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Iso {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Iso {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Iso(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Iso {
    /// ID of the ISO.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Unique identifier of the ISO. Only set for public ISOs.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Description of the ISO.
    #[getter(description)]
    fn get_description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.description.to_py(py)
    }

    /// Type of the ISO.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Describes if, when and how the resource is deprecated. If this field is
    /// set to `null` the resource is not deprecated. If a value is set, it is
    /// considered deprecated.
    #[getter(deprecation)]
    fn get_deprecation<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.deprecation.to_py(py)
    }

    /// CPU architecture compatible with the ISO.
    ///
    /// Null indicates no restriction on the architecture (wildcard).
    #[getter(architecture)]
    fn get_architecture<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.architecture.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Iso", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Iso", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Describes if, when and how the resource is deprecated. If this field is
/// set to `null` the resource is not deprecated. If a value is set, it is
/// considered deprecated.
#[pyclass(frozen, module = "hetzcloud._native", name = "DeprecationInfo")]
pub struct DeprecationInfo(pub Lazy<m::DeprecationInfo>);

impl ToPy for m::DeprecationInfo {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, DeprecationInfo(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::DeprecationInfo {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl DeprecationInfo {
    /// Date of the deprecated resource removal.
    ///
    /// Once this date is reached, the resource will not be returned
    /// by resource type "list" endpoint, and the resource can not be
    /// used to create new resources. For example, if this is an
    /// image, you can not create new servers with this image after
    /// the mentioned date.
    #[getter(unavailable_after)]
    fn get_unavailable_after<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.unavailable_after.to_py(py)
    }

    /// Date of the deprecation announcement.
    #[getter(announced)]
    fn get_announced<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.announced.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("DeprecationInfo", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("DeprecationInfo", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetLoadBalancerTypeResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "GetLoadBalancerTypeResponse"
)]
pub struct GetLoadBalancerTypeResponse(pub Lazy<m::GetLoadBalancerTypeResponse>);

impl ToPy for m::GetLoadBalancerTypeResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetLoadBalancerTypeResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetLoadBalancerTypeResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetLoadBalancerTypeResponse {
    #[getter(load_balancer_type)]
    fn get_load_balancer_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.load_balancer_type.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetLoadBalancerTypeResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetLoadBalancerTypeResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// LoadBalancerType
#[pyclass(frozen, module = "hetzcloud._native", name = "LoadBalancerType")]
pub struct LoadBalancerType(pub Lazy<m::LoadBalancerType>);

impl ToPy for m::LoadBalancerType {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerType(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerType {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::LoadBalancerType {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, LoadBalancerType(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl LoadBalancerType {
    /// ID of the Load Balancer type.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Unique identifier of the Load Balancer type.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Description of the Load Balancer type.
    #[getter(description)]
    fn get_description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.description.to_py(py)
    }

    /// Number of maximum simultaneous open connections.
    #[getter(max_connections)]
    fn get_max_connections<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.max_connections.to_py(py)
    }

    /// Number of services a Load Balancer of this type can have.
    #[getter(max_services)]
    fn get_max_services<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.max_services.to_py(py)
    }

    /// Number of targets a single Load Balancer can have.
    #[getter(max_targets)]
    fn get_max_targets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.max_targets.to_py(py)
    }

    /// Number of SSL Certificates that can be assigned to a single Load Balancer.
    #[getter(max_assigned_certificates)]
    fn get_max_assigned_certificates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.max_assigned_certificates.to_py(py)
    }

    /// **Deprecated.** **Deprecated:** This field is deprecated. Use the `deprecation` object instead.
    ///
    /// Point in time when the Load Balancer type is deprecated (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(deprecated)]
    fn get_deprecated<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.deprecated.to_py(py)
    }

    /// Describes if, when and how the resource is deprecated. If this field is
    /// set to `null` the resource is not deprecated. If a value is set, it is
    /// considered deprecated.
    #[getter(deprecation)]
    fn get_deprecation<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.deprecation.to_py(py)
    }

    /// Price per Location.
    #[getter(prices)]
    fn get_prices<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.prices.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerType", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerType", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Price
#[pyclass(frozen, module = "hetzcloud._native", name = "Price")]
pub struct Price(pub Lazy<m::Price>);

impl ToPy for m::Price {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Price(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Price {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl Price {
    /// Name of the Location the price is for.
    #[getter(location)]
    fn get_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.location.to_py(py)
    }

    /// Hourly price in this Location.
    #[getter(price_hourly)]
    fn get_price_hourly<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.price_hourly.to_py(py)
    }

    /// Monthly price in this Location.
    #[getter(price_monthly)]
    fn get_price_monthly<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.price_monthly.to_py(py)
    }

    /// Free traffic per month in bytes in this Location.
    #[getter(included_traffic)]
    fn get_included_traffic<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.included_traffic.to_py(py)
    }

    /// Additional traffic price per TB in this Location.
    #[getter(price_per_tb_traffic)]
    fn get_price_per_tb_traffic<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.price_per_tb_traffic.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Price", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Price", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Hourly price in this Location.
#[pyclass(frozen, module = "hetzcloud._native", name = "PriceHourly")]
pub struct PriceHourly(pub Lazy<m::PriceHourly>);

impl ToPy for m::PriceHourly {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PriceHourly(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PriceHourly {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PriceHourly {
    /// Price without VAT.
    #[getter(net)]
    fn get_net<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.net.to_py(py)
    }

    /// Price with VAT added.
    #[getter(gross)]
    fn get_gross<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.gross.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PriceHourly", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PriceHourly", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetLoadBalancerResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetLoadBalancerResponse")]
pub struct GetLoadBalancerResponse(pub Lazy<m::GetLoadBalancerResponse>);

impl ToPy for m::GetLoadBalancerResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetLoadBalancerResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetLoadBalancerResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetLoadBalancerResponse {
    #[getter(load_balancer)]
    fn get_load_balancer<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.load_balancer.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetLoadBalancerResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetLoadBalancerResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// LoadBalancer
#[pyclass(frozen, module = "hetzcloud._native", name = "LoadBalancer")]
pub struct LoadBalancer(pub Lazy<m::LoadBalancer>);

impl ToPy for m::LoadBalancer {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancer(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancer {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::LoadBalancer {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, LoadBalancer(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl LoadBalancer {
    /// ID of the Load Balancer.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Resource. Must be unique per Project.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Public network information.
    #[getter(public_net)]
    fn get_public_net<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.public_net.to_py(py)
    }

    /// Private networks information.
    #[getter(private_net)]
    fn get_private_net<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.private_net.to_py(py)
    }

    #[getter(location)]
    fn get_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.location.to_py(py)
    }

    #[getter(load_balancer_type)]
    fn get_load_balancer_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.load_balancer_type.to_py(py)
    }

    /// Protection configuration for the Resource.
    #[getter(protection)]
    fn get_protection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protection.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    /// List of services that belong to this Load Balancer.
    #[getter(services)]
    fn get_services<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.services.to_py(py)
    }

    /// List of targets that belong to this Load Balancer.
    #[getter(targets)]
    fn get_targets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.targets.to_py(py)
    }

    /// Algorithm of the Load Balancer.
    #[getter(algorithm)]
    fn get_algorithm<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.algorithm.to_py(py)
    }

    /// Outbound Traffic for the current billing period in bytes.
    #[getter(outgoing_traffic)]
    fn get_outgoing_traffic<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.outgoing_traffic.to_py(py)
    }

    /// Inbound Traffic for the current billing period in bytes.
    #[getter(ingoing_traffic)]
    fn get_ingoing_traffic<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ingoing_traffic.to_py(py)
    }

    /// Free Traffic for the current billing period in bytes.
    #[getter(included_traffic)]
    fn get_included_traffic<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.included_traffic.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancer", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancer", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Public network information.
#[pyclass(frozen, module = "hetzcloud._native", name = "LoadBalancerPublicNet")]
pub struct LoadBalancerPublicNet(pub Lazy<m::LoadBalancerPublicNet>);

impl ToPy for m::LoadBalancerPublicNet {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerPublicNet(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerPublicNet {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerPublicNet {
    /// Public Interface enabled or not.
    #[getter(enabled)]
    fn get_enabled<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.enabled.to_py(py)
    }

    /// IP address (v4).
    #[getter(ipv4)]
    fn get_ipv4<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ipv4.to_py(py)
    }

    /// IP address (v6).
    #[getter(ipv6)]
    fn get_ipv6<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ipv6.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerPublicNet", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerPublicNet", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// IP address (v4).
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "LoadBalancerPublicNetIpv4"
)]
pub struct LoadBalancerPublicNetIpv4(pub Lazy<m::LoadBalancerPublicNetIpv4>);

impl ToPy for m::LoadBalancerPublicNetIpv4 {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerPublicNetIpv4(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerPublicNetIpv4 {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerPublicNetIpv4 {
    /// IP address (v4) of this Load Balancer.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    /// Reverse DNS PTR entry for the IPv4 address of this Load Balancer.
    #[getter(dns_ptr)]
    fn get_dns_ptr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.dns_ptr.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerPublicNetIpv4", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerPublicNetIpv4", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// LoadBalancerPrivateNet
#[pyclass(frozen, module = "hetzcloud._native", name = "LoadBalancerPrivateNet")]
pub struct LoadBalancerPrivateNet(pub Lazy<m::LoadBalancerPrivateNet>);

impl ToPy for m::LoadBalancerPrivateNet {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerPrivateNet(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerPrivateNet {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerPrivateNet {
    /// ID of the Network.
    #[getter(network)]
    fn get_network<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.network.to_py(py)
    }

    /// IP address (v4) of this Load Balancer in this Network.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerPrivateNet", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerPrivateNet", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// LoadBalancerService
#[pyclass(frozen, module = "hetzcloud._native", name = "LoadBalancerService")]
pub struct LoadBalancerService(pub Lazy<m::LoadBalancerService>);

impl ToPy for m::LoadBalancerService {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerService(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerService {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerService {
    /// Protocol of the Load Balancer.
    #[getter(protocol)]
    fn get_protocol<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protocol.to_py(py)
    }

    /// Port the Load Balancer listens on.
    #[getter(listen_port)]
    fn get_listen_port<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.listen_port.to_py(py)
    }

    /// Port the Load Balancer will balance to.
    #[getter(destination_port)]
    fn get_destination_port<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.destination_port.to_py(py)
    }

    /// Is Proxyprotocol enabled or not.
    #[getter(proxyprotocol)]
    fn get_proxyprotocol<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.proxyprotocol.to_py(py)
    }

    /// Service health check.
    #[getter(health_check)]
    fn get_health_check<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.health_check.to_py(py)
    }

    /// Configuration option for protocol http.
    #[getter(http)]
    fn get_http<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.http.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerService", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerService", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Service health check.
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "LoadBalancerServiceHealthCheck"
)]
pub struct LoadBalancerServiceHealthCheck(pub Lazy<m::LoadBalancerServiceHealthCheck>);

impl ToPy for m::LoadBalancerServiceHealthCheck {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerServiceHealthCheck(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerServiceHealthCheck {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerServiceHealthCheck {
    /// Type of the health check.
    #[getter(protocol)]
    fn get_protocol<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protocol.to_py(py)
    }

    /// Port the health check will be performed on.
    #[getter(port)]
    fn get_port<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.port.to_py(py)
    }

    /// Time interval in seconds health checks are performed.
    #[getter(interval)]
    fn get_interval<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.interval.to_py(py)
    }

    /// Time in seconds after an attempt is considered a timeout.
    #[getter(timeout)]
    fn get_timeout<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.timeout.to_py(py)
    }

    /// Unsuccessful retries needed until a target is considered unhealthy; an unhealthy target needs the same number of successful retries to become healthy again.
    #[getter(retries)]
    fn get_retries<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.retries.to_py(py)
    }

    /// Additional configuration for protocol http.
    #[getter(http)]
    fn get_http<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.http.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerServiceHealthCheck", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerServiceHealthCheck", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Additional configuration for protocol http.
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "LoadBalancerServiceHealthCheckHttp"
)]
pub struct LoadBalancerServiceHealthCheckHttp(pub Lazy<m::LoadBalancerServiceHealthCheckHttp>);

impl ToPy for m::LoadBalancerServiceHealthCheckHttp {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerServiceHealthCheckHttp(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerServiceHealthCheckHttp {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerServiceHealthCheckHttp {
    /// Host header to send in the HTTP request. May not contain spaces, percent or backslash symbols. Can be null, in that case no host header is sent.
    #[getter(domain)]
    fn get_domain<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.domain.to_py(py)
    }

    /// HTTP path to use for health checks. May not contain literal spaces, use percent-encoding instead.
    #[getter(path)]
    fn get_path<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.path.to_py(py)
    }

    /// String that must be contained in HTTP response in order to pass the health check.
    #[getter(response)]
    fn get_response<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.response.to_py(py)
    }

    /// List of returned HTTP status codes in order to pass the health check. Supports the wildcards `?` for exactly one character and `*` for multiple ones.
    #[getter(status_codes)]
    fn get_status_codes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.status_codes.to_py(py)
    }

    /// Use HTTPS for health check.
    #[getter(tls)]
    fn get_tls<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.tls.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerServiceHealthCheckHttp", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerServiceHealthCheckHttp", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Configuration option for protocol http.
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "LoadBalancerServiceHttpConfig"
)]
pub struct LoadBalancerServiceHttpConfig(pub Lazy<m::LoadBalancerServiceHttpConfig>);

impl ToPy for m::LoadBalancerServiceHttpConfig {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerServiceHttpConfig(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerServiceHttpConfig {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerServiceHttpConfig {
    /// Name of the cookie used for sticky sessions.
    #[getter(cookie_name)]
    fn get_cookie_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.cookie_name.to_py(py)
    }

    /// Lifetime of the cookie used for sticky sessions (in seconds).
    #[getter(cookie_lifetime)]
    fn get_cookie_lifetime<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.cookie_lifetime.to_py(py)
    }

    /// Idle timeout in seconds for the client and server side.
    #[getter(timeout_idle)]
    fn get_timeout_idle<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.timeout_idle.to_py(py)
    }

    /// Use sticky sessions.
    #[getter(sticky_sessions)]
    fn get_sticky_sessions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.sticky_sessions.to_py(py)
    }

    /// IDs of the Certificates to use for TLS/SSL termination by the Load Balancer; empty for TLS/SSL passthrough.
    #[getter(certificates)]
    fn get_certificates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.certificates.to_py(py)
    }

    /// Redirect HTTP requests to HTTPS.
    #[getter(redirect_http)]
    fn get_redirect_http<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.redirect_http.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerServiceHttpConfig", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerServiceHttpConfig", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// LoadBalancerTarget
#[pyclass(frozen, module = "hetzcloud._native", name = "LoadBalancerTarget")]
pub struct LoadBalancerTarget(pub Lazy<m::LoadBalancerTarget>);

impl ToPy for m::LoadBalancerTarget {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerTarget(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerTarget {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerTarget {
    /// Type of the resource.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Server where the traffic should be routed to. Only present for target type "server".
    #[getter(server)]
    fn get_server<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server.to_py(py)
    }

    /// List of health statuses of the services on this target. Only present for target types "server" and "ip".
    #[getter(health_status)]
    fn get_health_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.health_status.to_py(py)
    }

    /// Use the private network IP instead of the public IP. Only present for target types "server" and "label_selector".
    #[getter(use_private_ip)]
    fn get_use_private_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.use_private_ip.to_py(py)
    }

    /// Label selector used to determine targets. Only present for target type "label_selector".
    #[getter(label_selector)]
    fn get_label_selector<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.label_selector.to_py(py)
    }

    /// List of resolved label selector target Servers.
    #[getter(targets)]
    fn get_targets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.targets.to_py(py)
    }

    /// IP target where the traffic should be routed to. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only present for target type `ip`.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerTarget", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerTarget", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Server where the traffic should be routed to. Only present for target type "server".
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "LoadBalancerTargetServer"
)]
pub struct LoadBalancerTargetServer(pub Lazy<m::LoadBalancerTargetServer>);

impl ToPy for m::LoadBalancerTargetServer {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerTargetServer(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerTargetServer {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerTargetServer {
    /// ID of the Server.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// IP of the Server that the traffic is routed to. Either the Server's primary IPv4 or, if an IPv6 was specified when adding the target, an IPv6 within the Server's /64 subnet.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerTargetServer", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerTargetServer", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// HealthStatus
#[pyclass(frozen, module = "hetzcloud._native", name = "HealthStatus")]
pub struct HealthStatus(pub Lazy<m::HealthStatus>);

impl ToPy for m::HealthStatus {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, HealthStatus(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::HealthStatus {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl HealthStatus {
    #[getter(listen_port)]
    fn get_listen_port<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.listen_port.to_py(py)
    }

    #[getter(status)]
    fn get_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.status.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("HealthStatus", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("HealthStatus", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// LoadBalancerTargetTarget
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "LoadBalancerTargetTarget"
)]
pub struct LoadBalancerTargetTarget(pub Lazy<m::LoadBalancerTargetTarget>);

impl ToPy for m::LoadBalancerTargetTarget {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerTargetTarget(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerTargetTarget {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerTargetTarget {
    /// Type of the resource. Here always "server".
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Server where the traffic should be routed to. Only present for target type "server".
    #[getter(server)]
    fn get_server<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server.to_py(py)
    }

    /// List of health statuses of the services on this target. Only present for target types "server" and "ip".
    #[getter(health_status)]
    fn get_health_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.health_status.to_py(py)
    }

    /// Use the private network IP instead of the public IP. Only present for target types "server" and "label_selector".
    #[getter(use_private_ip)]
    fn get_use_private_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.use_private_ip.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerTargetTarget", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerTargetTarget", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// IP target where the traffic should be routed to. It is only possible to use the (Public or vSwitch) IPs of Hetzner Online Root Servers belonging to the project owner. IPs belonging to other users are blocked. Additionally IPs belonging to services provided by Hetzner Cloud (Servers, Load Balancers, ...) are blocked as well. Only present for target type `ip`.
#[pyclass(frozen, module = "hetzcloud._native", name = "LoadBalancerTargetIp")]
pub struct LoadBalancerTargetIp(pub Lazy<m::LoadBalancerTargetIp>);

impl ToPy for m::LoadBalancerTargetIp {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, LoadBalancerTargetIp(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::LoadBalancerTargetIp {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl LoadBalancerTargetIp {
    /// IP of a server that belongs to the same customer (public IPv4/IPv6) or private IP in a subnet type vswitch.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("LoadBalancerTargetIp", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("LoadBalancerTargetIp", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Algorithm of the Load Balancer.
#[pyclass(frozen, module = "hetzcloud._native", name = "Algorithm")]
pub struct Algorithm(pub Lazy<m::Algorithm>);

impl ToPy for m::Algorithm {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Algorithm(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Algorithm {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl Algorithm {
    /// Type of the algorithm.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Algorithm", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Algorithm", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetLocationResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetLocationResponse")]
pub struct GetLocationResponse(pub Lazy<m::GetLocationResponse>);

impl ToPy for m::GetLocationResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetLocationResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetLocationResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetLocationResponse {
    #[getter(location)]
    fn get_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.location.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetLocationResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetLocationResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetNetworkResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetNetworkResponse")]
pub struct GetNetworkResponse(pub Lazy<m::GetNetworkResponse>);

impl ToPy for m::GetNetworkResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetNetworkResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetNetworkResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetNetworkResponse {
    #[getter(network)]
    fn get_network<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.network.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetNetworkResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetNetworkResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Network
#[pyclass(frozen, module = "hetzcloud._native", name = "Network")]
pub struct Network(pub Lazy<m::Network>);

impl ToPy for m::Network {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Network(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Network {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Network {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Network(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Network {
    /// ID of the Network.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Network.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// IP range of the Network.
    ///
    /// Uses CIDR notation.
    #[getter(ip_range)]
    fn get_ip_range<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip_range.to_py(py)
    }

    /// List of subnets allocated in this Network.
    #[getter(subnets)]
    fn get_subnets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.subnets.to_py(py)
    }

    /// Array of routes set in this Network.
    #[getter(routes)]
    fn get_routes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.routes.to_py(py)
    }

    /// Array of IDs of Servers attached to this Network.
    #[getter(servers)]
    fn get_servers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.servers.to_py(py)
    }

    /// Array of IDs of Load Balancers attached to this Network.
    #[getter(load_balancers)]
    fn get_load_balancers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.load_balancers.to_py(py)
    }

    /// Protection configuration for the Resource.
    #[getter(protection)]
    fn get_protection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protection.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    /// Indicates if the routes from this Network should be exposed to the vSwitch connection.
    #[getter(expose_routes_to_vswitch)]
    fn get_expose_routes_to_vswitch<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.expose_routes_to_vswitch.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Network", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Network", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// NetworkSubnet
#[pyclass(frozen, module = "hetzcloud._native", name = "NetworkSubnet")]
pub struct NetworkSubnet(pub Lazy<m::NetworkSubnet>);

impl ToPy for m::NetworkSubnet {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, NetworkSubnet(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::NetworkSubnet {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl NetworkSubnet {
    /// Type of subnet.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// IP range of the subnet.
    ///
    /// Uses CIDR notation.
    #[getter(ip_range)]
    fn get_ip_range<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip_range.to_py(py)
    }

    /// Name of the Network Zone.
    ///
    /// The Location contains the `network_zone` property it belongs to.
    #[getter(network_zone)]
    fn get_network_zone<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.network_zone.to_py(py)
    }

    /// Gateway for Servers attached to this subnet.
    ///
    /// For subnets of type `server` this is always the first IP of the subnets IP range.
    #[getter(gateway)]
    fn get_gateway<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.gateway.to_py(py)
    }

    /// ID of the robot vSwitch if the subnet is of type `vswitch`.
    #[getter(vswitch_id)]
    fn get_vswitch_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.vswitch_id.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("NetworkSubnet", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("NetworkSubnet", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Route
#[pyclass(frozen, module = "hetzcloud._native", name = "Route")]
pub struct Route(pub Lazy<m::Route>);

impl ToPy for m::Route {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Route(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Route {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl Route {
    /// Destination network or host of the route.
    ///
    /// Packages addressed for IPs matching the destination IP prefix will be send to the specified gateway.
    ///
    /// Must be one of
    /// * private IPv4 ranges of RFC1918
    /// * or `0.0.0.0/0`.
    ///
    /// Must not overlap with
    /// * an existing ip_range in any subnets
    /// * or with any destinations in other routes
    /// * or with `172.31.1.1`.
    ///
    /// `172.31.1.1` is being used as a gateway for the public network interface of Servers.
    #[getter(destination)]
    fn get_destination<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.destination.to_py(py)
    }

    /// Gateway of the route.
    ///
    /// Packages addressed for the specified destination will be send to this IP address.
    ///
    /// Cannot be
    /// * the first IP of the networks ip_range,
    /// * an IP behind a vSwitch or
    /// * `172.31.1.1`.
    ///
    /// `172.31.1.1` is being used as a gateway for the public network interface of Servers.
    #[getter(gateway)]
    fn get_gateway<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.gateway.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Route", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Route", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PlacementGroupResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "PlacementGroupResponse")]
pub struct PlacementGroupResponse(pub Lazy<m::PlacementGroupResponse>);

impl ToPy for m::PlacementGroupResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PlacementGroupResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PlacementGroupResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PlacementGroupResponse {
    #[getter(placement_group)]
    fn get_placement_group<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.placement_group.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PlacementGroupResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PlacementGroupResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PlacementGroup
#[pyclass(frozen, module = "hetzcloud._native", name = "PlacementGroup")]
pub struct PlacementGroup(pub Lazy<m::PlacementGroup>);

impl ToPy for m::PlacementGroup {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PlacementGroup(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PlacementGroup {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::PlacementGroup {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, PlacementGroup(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl PlacementGroup {
    /// ID of the Placement Group.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Resource. Must be unique per Project.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Type of Placement Group.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    /// Array of IDs of Servers that are part of this Placement Group.
    #[getter(servers)]
    fn get_servers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.servers.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PlacementGroup", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PlacementGroup", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PrimaryIpResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "PrimaryIpResponse")]
pub struct PrimaryIpResponse(pub Lazy<m::PrimaryIpResponse>);

impl ToPy for m::PrimaryIpResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PrimaryIpResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PrimaryIpResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PrimaryIpResponse {
    #[getter(primary_ip)]
    fn get_primary_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.primary_ip.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PrimaryIpResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PrimaryIpResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PrimaryIp
#[pyclass(frozen, module = "hetzcloud._native", name = "PrimaryIp")]
pub struct PrimaryIp(pub Lazy<m::PrimaryIp>);

impl ToPy for m::PrimaryIp {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PrimaryIp(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PrimaryIp {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::PrimaryIp {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, PrimaryIp(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl PrimaryIp {
    /// ID of the Primary IP.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Resource. Must be unique per Project.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    /// Blocked state of the Primary IP.
    #[getter(blocked)]
    fn get_blocked<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.blocked.to_py(py)
    }

    /// Location of the Primary IP.
    #[getter(location)]
    fn get_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.location.to_py(py)
    }

    /// IP address.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    /// List of reverse DNS records.
    #[getter(dns_ptr)]
    fn get_dns_ptr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.dns_ptr.to_py(py)
    }

    /// Protection configuration for the Resource.
    #[getter(protection)]
    fn get_protection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protection.to_py(py)
    }

    /// Primary IP type.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Auto deletion state.
    ///
    /// If enabled the Primary IP will be deleted once the assigned resource gets deleted.
    #[getter(auto_delete)]
    fn get_auto_delete<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.auto_delete.to_py(py)
    }

    /// Type of resource the Primary IP is assigned to.
    ///
    /// As of 01 August 2026 `unassigned` will be returned if the Primary IP is not assigned.
    #[getter(assignee_type)]
    fn get_assignee_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.assignee_type.to_py(py)
    }

    /// ID of resource the Primary IP is assigned to.
    ///
    /// `null` if the Primary IP is not assigned.
    #[getter(assignee_id)]
    fn get_assignee_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.assignee_id.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PrimaryIp", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PrimaryIp", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetServerTypeResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetServerTypeResponse")]
pub struct GetServerTypeResponse(pub Lazy<m::GetServerTypeResponse>);

impl ToPy for m::GetServerTypeResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetServerTypeResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetServerTypeResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetServerTypeResponse {
    #[getter(server_type)]
    fn get_server_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server_type.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetServerTypeResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetServerTypeResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ServerType
#[pyclass(frozen, module = "hetzcloud._native", name = "ServerType")]
pub struct ServerType(pub Lazy<m::ServerType>);

impl ToPy for m::ServerType {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ServerType(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ServerType {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::ServerType {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, ServerType(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl ServerType {
    /// ID of the Server type.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Unique identifier of the Server type.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Description of the Server type.
    #[getter(description)]
    fn get_description<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.description.to_py(py)
    }

    /// Number of cpu cores a Server of this type will have.
    #[getter(cores)]
    fn get_cores<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.cores.to_py(py)
    }

    /// Memory a Server of this type will have in GB.
    #[getter(memory)]
    fn get_memory<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.memory.to_py(py)
    }

    /// Disk size a Server of this type will have in GB.
    #[getter(disk)]
    fn get_disk<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.disk.to_py(py)
    }

    /// This field is deprecated. Use the deprecation object instead.
    #[getter(deprecated)]
    fn get_deprecated<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.deprecated.to_py(py)
    }

    /// Price per Location.
    #[getter(prices)]
    fn get_prices<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.prices.to_py(py)
    }

    /// Type of Server boot drive. Local has higher speed. Network has better availability.
    #[getter(storage_type)]
    fn get_storage_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.storage_type.to_py(py)
    }

    /// Type of cpu.
    #[getter(cpu_type)]
    fn get_cpu_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.cpu_type.to_py(py)
    }

    /// Category of Server Type.
    #[getter(category)]
    fn get_category<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.category.to_py(py)
    }

    /// CPU architecture of the Server Type.
    #[getter(architecture)]
    fn get_architecture<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.architecture.to_py(py)
    }

    /// **Deprecated.** This field is deprecated.
    ///
    /// Use the `deprecation` object in the `locations` field instead (`.locations[].deprecation`).
    #[getter(deprecation)]
    fn get_deprecation<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.deprecation.to_py(py)
    }

    /// Supported Location and per Location details for the Server Type.
    ///
    /// A Server Type is:
    /// - only supported in the Location that are listed.
    /// - deprecated in the Location when the `deprecation` property is set.
    /// - permanently unavailable in the Location when the `deprecation.unavailable_after` date is in the past.
    /// - temporarily unavailable in the Location when the `deprecation.available` is false.
    #[getter(locations)]
    fn get_locations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.locations.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ServerType", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ServerType", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// A Location (containing only id and name) and Server Type specific metadata.
#[pyclass(frozen, module = "hetzcloud._native", name = "ServerTypeLocation")]
pub struct ServerTypeLocation(pub Lazy<m::ServerTypeLocation>);

impl ToPy for m::ServerTypeLocation {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ServerTypeLocation(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ServerTypeLocation {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ServerTypeLocation {
    /// ID of the Location.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Location.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Describes if, when and how the resource is deprecated. If this field is
    /// set to `null` the resource is not deprecated. If a value is set, it is
    /// considered deprecated.
    #[getter(deprecation)]
    fn get_deprecation<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.deprecation.to_py(py)
    }

    /// Whether the Server Type is recommended in this Location.
    #[getter(recommended)]
    fn get_recommended<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.recommended.to_py(py)
    }

    /// Whether the Server Type is temporarily unavailable in this Location.
    #[getter(available)]
    fn get_available<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.available.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ServerTypeLocation", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ServerTypeLocation", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetServerResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetServerResponse")]
pub struct GetServerResponse(pub Lazy<m::GetServerResponse>);

impl ToPy for m::GetServerResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetServerResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetServerResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetServerResponse {
    #[getter(server)]
    fn get_server<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetServerResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetServerResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Server
#[pyclass(frozen, module = "hetzcloud._native", name = "Server")]
pub struct Server(pub Lazy<m::Server>);

impl ToPy for m::Server {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Server(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Server {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Server {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Server(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Server {
    /// ID of the Server.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Server (must be unique per Project and a valid hostname as per RFC 1123).
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Status of the Server.
    #[getter(status)]
    fn get_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.status.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    /// Public network information. The Server's IPv4 address can be found in `public_net->ipv4->ip`.
    #[getter(public_net)]
    fn get_public_net<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.public_net.to_py(py)
    }

    /// Private networks information.
    #[getter(private_net)]
    fn get_private_net<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.private_net.to_py(py)
    }

    #[getter(server_type)]
    fn get_server_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server_type.to_py(py)
    }

    /// Location this Resource is located at.
    #[getter(location)]
    fn get_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.location.to_py(py)
    }

    /// Image the server is based on.
    #[getter(image)]
    fn get_image<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.image.to_py(py)
    }

    /// ISO Image that is attached to this Server. Null if no ISO is attached.
    #[getter(iso)]
    fn get_iso<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.iso.to_py(py)
    }

    /// True if rescue mode is enabled. Server will then boot into rescue system on next reboot.
    #[getter(rescue_enabled)]
    fn get_rescue_enabled<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.rescue_enabled.to_py(py)
    }

    /// True if Server has been locked and is not available to user.
    #[getter(locked)]
    fn get_locked<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.locked.to_py(py)
    }

    /// Time window (UTC) in which the backup will run, or null if the backups are not enabled.
    #[getter(backup_window)]
    fn get_backup_window<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.backup_window.to_py(py)
    }

    /// Outbound Traffic for the current billing period in bytes.
    #[getter(outgoing_traffic)]
    fn get_outgoing_traffic<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.outgoing_traffic.to_py(py)
    }

    /// Inbound Traffic for the current billing period in bytes.
    #[getter(ingoing_traffic)]
    fn get_ingoing_traffic<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ingoing_traffic.to_py(py)
    }

    /// Free Traffic for the current billing period in bytes.
    #[getter(included_traffic)]
    fn get_included_traffic<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.included_traffic.to_py(py)
    }

    /// Protection configuration for the Server.
    #[getter(protection)]
    fn get_protection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protection.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// IDs of Volumes assigned to this Server.
    #[getter(volumes)]
    fn get_volumes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.volumes.to_py(py)
    }

    /// Load Balancer IDs assigned to the server.
    #[getter(load_balancers)]
    fn get_load_balancers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.load_balancers.to_py(py)
    }

    /// Size of the primary Disk.
    #[getter(primary_disk_size)]
    fn get_primary_disk_size<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.primary_disk_size.to_py(py)
    }

    /// The placement group the server is assigned to.
    #[getter(placement_group)]
    fn get_placement_group<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.placement_group.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Server", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Server", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Public network information. The Server's IPv4 address can be found in `public_net->ipv4->ip`.
#[pyclass(frozen, module = "hetzcloud._native", name = "ServerPublicNet")]
pub struct ServerPublicNet(pub Lazy<m::ServerPublicNet>);

impl ToPy for m::ServerPublicNet {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ServerPublicNet(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ServerPublicNet {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ServerPublicNet {
    /// IP address (v4) and its reverse DNS entry of this Server.
    #[getter(ipv4)]
    fn get_ipv4<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ipv4.to_py(py)
    }

    /// IPv6 network assigned to this Server and its reverse DNS entry.
    #[getter(ipv6)]
    fn get_ipv6<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ipv6.to_py(py)
    }

    /// IDs of Floating IPs assigned to this Server.
    #[getter(floating_ips)]
    fn get_floating_ips<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.floating_ips.to_py(py)
    }

    /// Firewalls applied to the public network interface of this Server.
    #[getter(firewalls)]
    fn get_firewalls<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.firewalls.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ServerPublicNet", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ServerPublicNet", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// IP address (v4) and its reverse DNS entry of this Server.
#[pyclass(frozen, module = "hetzcloud._native", name = "ServerPublicNetIpv4")]
pub struct ServerPublicNetIpv4(pub Lazy<m::ServerPublicNetIpv4>);

impl ToPy for m::ServerPublicNetIpv4 {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ServerPublicNetIpv4(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ServerPublicNetIpv4 {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ServerPublicNetIpv4 {
    /// ID of the Primary IP.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// IP address (v4) of this Server.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    /// If the IP is blocked by our anti abuse dept.
    #[getter(blocked)]
    fn get_blocked<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.blocked.to_py(py)
    }

    /// Reverse DNS PTR entry for the IPv4 addresses of this Server.
    #[getter(dns_ptr)]
    fn get_dns_ptr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.dns_ptr.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ServerPublicNetIpv4", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ServerPublicNetIpv4", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// IPv6 network assigned to this Server and its reverse DNS entry.
#[pyclass(frozen, module = "hetzcloud._native", name = "ServerPublicNetIpv6")]
pub struct ServerPublicNetIpv6(pub Lazy<m::ServerPublicNetIpv6>);

impl ToPy for m::ServerPublicNetIpv6 {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ServerPublicNetIpv6(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ServerPublicNetIpv6 {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ServerPublicNetIpv6 {
    /// ID of the Primary IP.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// IP address (v6) of this Server.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    /// If the IP is blocked by our anti abuse dept.
    #[getter(blocked)]
    fn get_blocked<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.blocked.to_py(py)
    }

    /// Reverse DNS PTR entries for the IPv6 addresses of this Server.
    #[getter(dns_ptr)]
    fn get_dns_ptr<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.dns_ptr.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ServerPublicNetIpv6", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ServerPublicNetIpv6", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ServerPublicNetFirewall
#[pyclass(frozen, module = "hetzcloud._native", name = "ServerPublicNetFirewall")]
pub struct ServerPublicNetFirewall(pub Lazy<m::ServerPublicNetFirewall>);

impl ToPy for m::ServerPublicNetFirewall {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ServerPublicNetFirewall(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ServerPublicNetFirewall {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ServerPublicNetFirewall {
    /// ID of the Firewall.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Status of the Firewall on the Server.
    #[getter(status)]
    fn get_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.status.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ServerPublicNetFirewall", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ServerPublicNetFirewall", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ServerPrivateNet
#[pyclass(frozen, module = "hetzcloud._native", name = "ServerPrivateNet")]
pub struct ServerPrivateNet(pub Lazy<m::ServerPrivateNet>);

impl ToPy for m::ServerPrivateNet {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ServerPrivateNet(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ServerPrivateNet {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ServerPrivateNet {
    /// The Network ID the server is attached to.
    #[getter(network)]
    fn get_network<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.network.to_py(py)
    }

    /// The server IP address on the network.
    #[getter(ip)]
    fn get_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ip.to_py(py)
    }

    /// Additional IP addresses of the server on the network.
    #[getter(alias_ips)]
    fn get_alias_ips<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.alias_ips.to_py(py)
    }

    /// The server MAC address on the network.
    #[getter(mac_address)]
    fn get_mac_address<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.mac_address.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ServerPrivateNet", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ServerPrivateNet", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Protection configuration for the Server.
#[pyclass(frozen, module = "hetzcloud._native", name = "ServerProtection")]
pub struct ServerProtection(pub Lazy<m::ServerProtection>);

impl ToPy for m::ServerProtection {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ServerProtection(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ServerProtection {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ServerProtection {
    /// If true, prevents the Server from being deleted.
    #[getter(delete)]
    fn get_delete<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.delete.to_py(py)
    }

    /// If true, prevents the Server from being rebuilt.
    #[getter(rebuild)]
    fn get_rebuild<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.rebuild.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ServerProtection", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ServerProtection", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetSshKeyResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetSshKeyResponse")]
pub struct GetSshKeyResponse(pub Lazy<m::GetSshKeyResponse>);

impl ToPy for m::GetSshKeyResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetSshKeyResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetSshKeyResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetSshKeyResponse {
    #[getter(ssh_key)]
    fn get_ssh_key<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ssh_key.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetSshKeyResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetSshKeyResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// SshKey
#[pyclass(frozen, module = "hetzcloud._native", name = "SshKey")]
pub struct SshKey(pub Lazy<m::SshKey>);

impl ToPy for m::SshKey {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, SshKey(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::SshKey {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::SshKey {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, SshKey(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl SshKey {
    /// ID of the SSH Key.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Resource. Must be unique per Project.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// MD5 fingerprint of the SSH public key.
    #[getter(fingerprint)]
    fn get_fingerprint<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.fingerprint.to_py(py)
    }

    /// Public key.
    #[getter(public_key)]
    fn get_public_key<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.public_key.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("SshKey", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("SshKey", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetVolumeResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetVolumeResponse")]
pub struct GetVolumeResponse(pub Lazy<m::GetVolumeResponse>);

impl ToPy for m::GetVolumeResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetVolumeResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetVolumeResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetVolumeResponse {
    #[getter(volume)]
    fn get_volume<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.volume.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetVolumeResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetVolumeResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Volume
#[pyclass(frozen, module = "hetzcloud._native", name = "Volume")]
pub struct Volume(pub Lazy<m::Volume>);

impl ToPy for m::Volume {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Volume(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Volume {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Volume {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Volume(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Volume {
    /// ID of the Volume.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    /// Name of the Resource. Must be unique per Project.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// ID of the Server the Volume is attached to, null if it is not attached at all.
    #[getter(server)]
    fn get_server<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server.to_py(py)
    }

    /// Location of the Volume. Volume can only be attached to Servers in the same Location.
    #[getter(location)]
    fn get_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.location.to_py(py)
    }

    /// Size in GB of the Volume.
    #[getter(size)]
    fn get_size<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.size.to_py(py)
    }

    /// Device path on the file system for the Volume.
    #[getter(linux_device)]
    fn get_linux_device<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.linux_device.to_py(py)
    }

    /// Protection configuration for the Resource.
    #[getter(protection)]
    fn get_protection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protection.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Status of the Volume.
    #[getter(status)]
    fn get_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.status.to_py(py)
    }

    /// Filesystem of the Volume if formatted on creation, null if not formatted on creation.
    #[getter(format)]
    fn get_format<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.format.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Volume", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Volume", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetZoneResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetZoneResponse")]
pub struct GetZoneResponse(pub Lazy<m::GetZoneResponse>);

impl ToPy for m::GetZoneResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetZoneResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetZoneResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetZoneResponse {
    #[getter(zone)]
    fn get_zone<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.zone.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetZoneResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetZoneResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Zone
#[pyclass(frozen, module = "hetzcloud._native", name = "Zone")]
pub struct Zone(pub Lazy<m::Zone>);

impl ToPy for m::Zone {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Zone(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Zone {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::Zone {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, Zone(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl Zone {
    /// ID of the Zone.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Zone.
    ///
    /// All names with [well-known public suffixes](https://publicsuffix.org/) (e.g. `.de`,
    /// `.com`, `.co.uk`) are supported. Subdomains are not supported.
    ///
    /// The name must be in lower case and must not end with a dot.
    /// \[Internationalized domain
    /// names](https://en.wikipedia.org/wiki/Internationalized_domain_name) must be
    /// transcribed to [Punycode](https://wikipedia.org/wiki/Punycode) representation with
    /// ACE prefix, e.g. `xn--mnchen-3ya.de` (`münchen.de`).
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Point in time when the Resource was created (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(created)]
    fn get_created<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.created.to_py(py)
    }

    /// Primary nameservers of the Zone.
    ///
    /// Only set if Zone is in secondary mode, otherwise empty.
    #[getter(primary_nameservers)]
    fn get_primary_nameservers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.primary_nameservers.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Protection configuration for the Resource.
    #[getter(protection)]
    fn get_protection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protection.to_py(py)
    }

    /// Default Time To Live (TTL) of the Zone.
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// This TTL is used for RRSets that do not explicitly define a TTL.
    #[getter(ttl)]
    fn get_ttl<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ttl.to_py(py)
    }

    /// Status of the Zone.
    #[getter(status)]
    fn get_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.status.to_py(py)
    }

    /// Number of resource records (RR) within the Zone.
    #[getter(record_count)]
    fn get_record_count<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.record_count.to_py(py)
    }

    #[getter(authoritative_nameservers)]
    fn get_authoritative_nameservers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.authoritative_nameservers.to_py(py)
    }

    /// Registrar of the domain.
    #[getter(registrar)]
    fn get_registrar<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.registrar.to_py(py)
    }

    /// Mode of the Zone.
    ///
    /// For more information, see Zone Modes.
    #[getter(mode)]
    fn get_mode<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.mode.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Zone", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Zone", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Primary nameserver that returns Zones via `AXFR`.
///
/// Must allow queries from and may send `NOTIFY` queries to \[Hetzner's secondary
/// nameservers](https://docs.hetzner.com/dns-console/dns/general/authoritative-name-servers#secondary-dns-servers-old-name-servers-for-robot-customers).
#[pyclass(frozen, module = "hetzcloud._native", name = "PrimaryNameserver")]
pub struct PrimaryNameserver(pub Lazy<m::PrimaryNameserver>);

impl ToPy for m::PrimaryNameserver {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PrimaryNameserver(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PrimaryNameserver {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PrimaryNameserver {
    /// Public IPv4 or IPv6 address of the primary nameserver.
    ///
    /// Must be unique across all primary nameservers of this zone.
    #[getter(address)]
    fn get_address<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.address.to_py(py)
    }

    /// Port of the primary nameserver.
    #[getter(port)]
    fn get_port<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.port.to_py(py)
    }

    /// [Transaction signature (TSIG)](https://en.wikipedia.org/wiki/TSIG) key to use
    /// for the zone transfer. Must be base64 encoded.
    #[getter(tsig_key)]
    fn get_tsig_key<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.tsig_key.to_py(py)
    }

    /// [Transaction signature (TSIG)](https://en.wikipedia.org/wiki/TSIG) algorithm
    /// used to generate the TSIG key.
    #[getter(tsig_algorithm)]
    fn get_tsig_algorithm<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.tsig_algorithm.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PrimaryNameserver", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PrimaryNameserver", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ZoneAuthoritativeNameservers
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "ZoneAuthoritativeNameservers"
)]
pub struct ZoneAuthoritativeNameservers(pub Lazy<m::ZoneAuthoritativeNameservers>);

impl ToPy for m::ZoneAuthoritativeNameservers {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ZoneAuthoritativeNameservers(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ZoneAuthoritativeNameservers {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ZoneAuthoritativeNameservers {
    /// Authoritative Hetzner nameservers assigned to this Zone.
    #[getter(assigned)]
    fn get_assigned<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.assigned.to_py(py)
    }

    /// Authoritative nameservers currently delegated to by the parent DNS zone.
    ///
    /// If these don't match the assigned authoritative nameservers, the DNS zone is currently not being served by Hetzner.
    #[getter(delegated)]
    fn get_delegated<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.delegated.to_py(py)
    }

    /// Point in time (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format) when the DNS zone delegation was last checked.
    #[getter(delegation_last_check)]
    fn get_delegation_last_check<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.delegation_last_check.to_py(py)
    }

    /// Status of the delegation.
    #[getter(delegation_status)]
    fn get_delegation_status<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.delegation_status.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ZoneAuthoritativeNameservers", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ZoneAuthoritativeNameservers", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetZoneRrsetResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetZoneRrsetResponse")]
pub struct GetZoneRrsetResponse(pub Lazy<m::GetZoneRrsetResponse>);

impl ToPy for m::GetZoneRrsetResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetZoneRrsetResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetZoneRrsetResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetZoneRrsetResponse {
    #[getter(rrset)]
    fn get_rrset<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.rrset.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetZoneRrsetResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetZoneRrsetResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// RrSet
#[pyclass(frozen, module = "hetzcloud._native", name = "RrSet")]
pub struct RrSet(pub Lazy<m::RrSet>);

impl ToPy for m::RrSet {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, RrSet(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::RrSet {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

impl FromRaw for m::RrSet {
    fn from_raw(py: Python<'_>, raw: Box<RawValue>) -> PyResult<Py<PyAny>> {
        Ok(Py::new(py, RrSet(Lazy::raw(raw)))?.into_any())
    }
}

#[pymethods]
impl RrSet {
    /// ID of the RRSet.
    ///
    /// The ID is composed of the name and type, joined with a slash (e.g. `www/AAAA`).
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the RRSet.
    ///
    /// The name must be in lower case, and must not end with a dot or the Zone
    /// name. Names containing non-ASCII characters must be transcribed to
    /// [Punycode](https://wikipedia.org/wiki/Punycode) representation with ACE prefix, e.g.
    /// `xn--4bi` (✉️).
    ///
    /// For the Zone apex, use `@`.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Type of the RRSet.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Time To Live (TTL) of the RRSet.
    ///
    /// Must be in between 60s and 2147483647s.
    ///
    /// If not set, the Zone's Default TTL is used.
    #[getter(ttl)]
    fn get_ttl<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ttl.to_py(py)
    }

    /// User-defined labels (`key/value` pairs) for the Resource.
    /// For more information, see "Labels".
    #[getter(labels)]
    fn get_labels<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.labels.to_py(py)
    }

    /// Protection of the RRSet.
    #[getter(protection)]
    fn get_protection<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.protection.to_py(py)
    }

    /// Records of the RRSet.
    ///
    /// Must not be empty and must only contain distinct record values.
    /// The order of records returned in responses is not guaranteed to be consistent.
    #[getter(records)]
    fn get_records<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.records.to_py(py)
    }

    /// ID of the Zone.
    #[getter(zone)]
    fn get_zone<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.zone.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("RrSet", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("RrSet", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Protection of the RRSet.
#[pyclass(frozen, module = "hetzcloud._native", name = "RrSetProtection")]
pub struct RrSetProtection(pub Lazy<m::RrSetProtection>);

impl ToPy for m::RrSetProtection {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, RrSetProtection(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::RrSetProtection {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl RrSetProtection {
    /// Prevent the Resource from being changed.
    #[getter(change)]
    fn get_change<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.change.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("RrSetProtection", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("RrSetProtection", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Record of a RRSet.
///
/// The `value` is used to identify the record in an RRSet.
#[pyclass(frozen, module = "hetzcloud._native", name = "Record")]
pub struct Record(pub Lazy<m::Record>);

impl ToPy for m::Record {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Record(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Record {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl Record {
    /// Value of the record.
    ///
    /// For details about accepted values, see the [DNS record types documentation](https://docs.hetzner.com/networking/dns/record-types/overview/).
    #[getter(value)]
    fn get_value<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.value.to_py(py)
    }

    /// Comment of the record.
    #[getter(comment)]
    fn get_comment<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.comment.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Record", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Record", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ActionListResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ActionListResponse")]
pub struct ActionListResponse(pub Lazy<m::ActionListResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::ActionListResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ActionListResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::ActionListResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            ActionListResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl ActionListResponse {
    #[getter(actions)]
    fn get_actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.actions.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ActionListResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ActionListResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["actions"],
            timeout,
            progress,
        )
    }
}

/// CertificatesResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "CertificatesResponse")]
pub struct CertificatesResponse(pub Lazy<m::CertificatesResponse>);

impl ToPy for m::CertificatesResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CertificatesResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::CertificatesResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl CertificatesResponse {
    #[getter(certificates)]
    fn get_certificates<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.certificates.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CertificatesResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CertificatesResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListMeta
#[pyclass(frozen, module = "hetzcloud._native", name = "ListMeta")]
pub struct ListMeta(pub Lazy<m::ListMeta>);

impl ToPy for m::ListMeta {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListMeta(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListMeta {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListMeta {
    /// See "Pagination" for more information.
    #[getter(pagination)]
    fn get_pagination<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.pagination.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListMeta", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListMeta", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// See "Pagination" for more information.
#[pyclass(frozen, module = "hetzcloud._native", name = "Pagination")]
pub struct Pagination(pub Lazy<m::Pagination>);

impl ToPy for m::Pagination {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Pagination(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Pagination {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl Pagination {
    /// Current page number.
    #[getter(page)]
    fn get_page<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.page.to_py(py)
    }

    /// Maximum number of entries returned per page.
    #[getter(per_page)]
    fn get_per_page<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.per_page.to_py(py)
    }

    /// Page number of the previous page. Can be null if the current page is the first one.
    #[getter(previous_page)]
    fn get_previous_page<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.previous_page.to_py(py)
    }

    /// Page number of the next page. Can be null if the current page is the last one.
    #[getter(next_page)]
    fn get_next_page<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.next_page.to_py(py)
    }

    /// Page number of the last page available. Can be null if the current page is the last one.
    #[getter(last_page)]
    fn get_last_page<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.last_page.to_py(py)
    }

    /// Total number of entries that exist for this query. Can be null if unknown.
    #[getter(total_entries)]
    fn get_total_entries<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.total_entries.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Pagination", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Pagination", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ActionListResponseWithMeta
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "ActionListResponseWithMeta"
)]
pub struct ActionListResponseWithMeta(
    pub Lazy<m::ActionListResponseWithMeta>,
    pub Option<Py<PyAny>>,
);

impl ToPy for m::ActionListResponseWithMeta {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ActionListResponseWithMeta(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::ActionListResponseWithMeta {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            ActionListResponseWithMeta(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl ActionListResponseWithMeta {
    #[getter(actions)]
    fn get_actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.actions.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ActionListResponseWithMeta", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ActionListResponseWithMeta", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["actions"],
            timeout,
            progress,
        )
    }
}

/// ListDatacentersResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListDatacentersResponse")]
pub struct ListDatacentersResponse(pub Lazy<m::ListDatacentersResponse>);

impl ToPy for m::ListDatacentersResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListDatacentersResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListDatacentersResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListDatacentersResponse {
    /// List of Data Centers.
    #[getter(datacenters)]
    fn get_datacenters<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.datacenters.to_py(py)
    }

    /// **Deprecated.** This field is deprecated. Use the `recommended` flag in the Server Type `locations` field instead (`server_type.locations[].recommended`).
    ///
    /// Recommended Data Center for creating new resources.
    #[getter(recommendation)]
    fn get_recommendation<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.recommendation.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListDatacentersResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListDatacentersResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// FirewallsResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "FirewallsResponse")]
pub struct FirewallsResponse(pub Lazy<m::FirewallsResponse>);

impl ToPy for m::FirewallsResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, FirewallsResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::FirewallsResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl FirewallsResponse {
    #[getter(firewalls)]
    fn get_firewalls<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.firewalls.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("FirewallsResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("FirewallsResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListFloatingIpsResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListFloatingIpsResponse")]
pub struct ListFloatingIpsResponse(pub Lazy<m::ListFloatingIpsResponse>);

impl ToPy for m::ListFloatingIpsResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListFloatingIpsResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListFloatingIpsResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListFloatingIpsResponse {
    #[getter(floating_ips)]
    fn get_floating_ips<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.floating_ips.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListFloatingIpsResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListFloatingIpsResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListImagesResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListImagesResponse")]
pub struct ListImagesResponse(pub Lazy<m::ListImagesResponse>);

impl ToPy for m::ListImagesResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListImagesResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListImagesResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListImagesResponse {
    #[getter(images)]
    fn get_images<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.images.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListImagesResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListImagesResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListIsosResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListIsosResponse")]
pub struct ListIsosResponse(pub Lazy<m::ListIsosResponse>);

impl ToPy for m::ListIsosResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListIsosResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListIsosResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListIsosResponse {
    #[getter(isos)]
    fn get_isos<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.isos.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListIsosResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListIsosResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListLoadBalancerTypesResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "ListLoadBalancerTypesResponse"
)]
pub struct ListLoadBalancerTypesResponse(pub Lazy<m::ListLoadBalancerTypesResponse>);

impl ToPy for m::ListLoadBalancerTypesResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListLoadBalancerTypesResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListLoadBalancerTypesResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListLoadBalancerTypesResponse {
    #[getter(load_balancer_types)]
    fn get_load_balancer_types<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.load_balancer_types.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListLoadBalancerTypesResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListLoadBalancerTypesResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListLoadBalancersResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "ListLoadBalancersResponse"
)]
pub struct ListLoadBalancersResponse(pub Lazy<m::ListLoadBalancersResponse>);

impl ToPy for m::ListLoadBalancersResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListLoadBalancersResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListLoadBalancersResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListLoadBalancersResponse {
    #[getter(load_balancers)]
    fn get_load_balancers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.load_balancers.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListLoadBalancersResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListLoadBalancersResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetLoadBalancerMetricsResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "GetLoadBalancerMetricsResponse"
)]
pub struct GetLoadBalancerMetricsResponse(pub Lazy<m::GetLoadBalancerMetricsResponse>);

impl ToPy for m::GetLoadBalancerMetricsResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetLoadBalancerMetricsResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetLoadBalancerMetricsResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetLoadBalancerMetricsResponse {
    #[getter(metrics)]
    fn get_metrics<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.metrics.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetLoadBalancerMetricsResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetLoadBalancerMetricsResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Metrics
#[pyclass(frozen, module = "hetzcloud._native", name = "Metrics")]
pub struct Metrics(pub Lazy<m::Metrics>);

impl ToPy for m::Metrics {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Metrics(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Metrics {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl Metrics {
    /// Start of period of metrics reported (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(start)]
    fn get_start<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.start.to_py(py)
    }

    /// End of period of metrics reported (in [RFC3339](https://datatracker.ietf.org/doc/html/rfc3339#section-5.6) format).
    #[getter(end)]
    fn get_end<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.end.to_py(py)
    }

    /// Resolution of results in seconds.
    #[getter(step)]
    fn get_step<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.step.to_py(py)
    }

    /// Hash with timeseries information, containing the name of timeseries as key.
    #[getter(time_series)]
    fn get_time_series<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.time_series.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Metrics", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Metrics", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// MetricsTimeSeries
#[pyclass(frozen, module = "hetzcloud._native", name = "MetricsTimeSeries")]
pub struct MetricsTimeSeries(pub Lazy<m::MetricsTimeSeries>);

impl ToPy for m::MetricsTimeSeries {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, MetricsTimeSeries(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::MetricsTimeSeries {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl MetricsTimeSeries {
    /// Metrics timestamps with values.
    #[getter(values)]
    fn get_values<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.values.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("MetricsTimeSeries", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("MetricsTimeSeries", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListLocationsResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListLocationsResponse")]
pub struct ListLocationsResponse(pub Lazy<m::ListLocationsResponse>);

impl ToPy for m::ListLocationsResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListLocationsResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListLocationsResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListLocationsResponse {
    /// List of Locations.
    #[getter(locations)]
    fn get_locations<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.locations.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListLocationsResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListLocationsResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListNetworksResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListNetworksResponse")]
pub struct ListNetworksResponse(pub Lazy<m::ListNetworksResponse>);

impl ToPy for m::ListNetworksResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListNetworksResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListNetworksResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListNetworksResponse {
    #[getter(networks)]
    fn get_networks<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.networks.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListNetworksResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListNetworksResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PlacementGroupsResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "PlacementGroupsResponse")]
pub struct PlacementGroupsResponse(pub Lazy<m::PlacementGroupsResponse>);

impl ToPy for m::PlacementGroupsResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PlacementGroupsResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PlacementGroupsResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PlacementGroupsResponse {
    #[getter(placement_groups)]
    fn get_placement_groups<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.placement_groups.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PlacementGroupsResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PlacementGroupsResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetPricingResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetPricingResponse")]
pub struct GetPricingResponse(pub Lazy<m::GetPricingResponse>);

impl ToPy for m::GetPricingResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetPricingResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetPricingResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetPricingResponse {
    #[getter(pricing)]
    fn get_pricing<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.pricing.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetPricingResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetPricingResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Pricing
#[pyclass(frozen, module = "hetzcloud._native", name = "Pricing")]
pub struct Pricing(pub Lazy<m::Pricing>);

impl ToPy for m::Pricing {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, Pricing(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::Pricing {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl Pricing {
    /// Currency the returned prices are expressed in, coded according to [ISO 4217](https://wikipedia.org/wiki/ISO_4217).
    #[getter(currency)]
    fn get_currency<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.currency.to_py(py)
    }

    /// VAT rate used for calculating prices with VAT.
    #[getter(vat_rate)]
    fn get_vat_rate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.vat_rate.to_py(py)
    }

    /// Price of Primary IPs per type and per Location.
    #[getter(primary_ips)]
    fn get_primary_ips<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.primary_ips.to_py(py)
    }

    /// Price of Floating IPs per type and per Location.
    #[getter(floating_ips)]
    fn get_floating_ips<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.floating_ips.to_py(py)
    }

    /// Price of Images.
    #[getter(image)]
    fn get_image<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.image.to_py(py)
    }

    /// Price of Volumes.
    #[getter(volume)]
    fn get_volume<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.volume.to_py(py)
    }

    /// Price of Server backups.
    #[getter(server_backup)]
    fn get_server_backup<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server_backup.to_py(py)
    }

    /// Price of Server per type and per Location.
    #[getter(server_types)]
    fn get_server_types<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server_types.to_py(py)
    }

    /// Price of Load Balancer per type and per Location.
    #[getter(load_balancer_types)]
    fn get_load_balancer_types<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.load_balancer_types.to_py(py)
    }

    /// **Deprecated.** Price of Floating IPs.
    ///
    /// **Deprecated**: This field is deprecated, please refer to the `floating_ips` field instead.
    ///
    /// See the [Changelog](https://docs.hetzner.cloud/changelog#2024-08-29-field-floating_ip-in-pricing-response-is-now-deprecated) for more details.
    #[getter(floating_ip)]
    fn get_floating_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.floating_ip.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("Pricing", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("Pricing", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PricingPrimaryIp
#[pyclass(frozen, module = "hetzcloud._native", name = "PricingPrimaryIp")]
pub struct PricingPrimaryIp(pub Lazy<m::PricingPrimaryIp>);

impl ToPy for m::PricingPrimaryIp {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PricingPrimaryIp(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PricingPrimaryIp {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PricingPrimaryIp {
    /// Type of Primary IP the price is for.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Price of the Primary IP type per Location.
    #[getter(prices)]
    fn get_prices<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.prices.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PricingPrimaryIp", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PricingPrimaryIp", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PricingPrimaryIpPrice
#[pyclass(frozen, module = "hetzcloud._native", name = "PricingPrimaryIpPrice")]
pub struct PricingPrimaryIpPrice(pub Lazy<m::PricingPrimaryIpPrice>);

impl ToPy for m::PricingPrimaryIpPrice {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PricingPrimaryIpPrice(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PricingPrimaryIpPrice {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PricingPrimaryIpPrice {
    /// Name of the Location the price is for.
    #[getter(location)]
    fn get_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.location.to_py(py)
    }

    /// Hourly price in this Location.
    #[getter(price_hourly)]
    fn get_price_hourly<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.price_hourly.to_py(py)
    }

    /// Monthly price in this Location.
    #[getter(price_monthly)]
    fn get_price_monthly<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.price_monthly.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PricingPrimaryIpPrice", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PricingPrimaryIpPrice", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PricingFloatingIp
#[pyclass(frozen, module = "hetzcloud._native", name = "PricingFloatingIp")]
pub struct PricingFloatingIp(pub Lazy<m::PricingFloatingIp>);

impl ToPy for m::PricingFloatingIp {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PricingFloatingIp(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PricingFloatingIp {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PricingFloatingIp {
    /// Type of Floating IP the price is for.
    #[getter(r#type)]
    fn get_type<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.r#type.to_py(py)
    }

    /// Price of the Floating IP type per Location.
    #[getter(prices)]
    fn get_prices<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.prices.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PricingFloatingIp", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PricingFloatingIp", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PricingFloatingIpPrice
#[pyclass(frozen, module = "hetzcloud._native", name = "PricingFloatingIpPrice")]
pub struct PricingFloatingIpPrice(pub Lazy<m::PricingFloatingIpPrice>);

impl ToPy for m::PricingFloatingIpPrice {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PricingFloatingIpPrice(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PricingFloatingIpPrice {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PricingFloatingIpPrice {
    /// Name of the Location the price is for.
    #[getter(location)]
    fn get_location<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.location.to_py(py)
    }

    /// Monthly price in this Location.
    #[getter(price_monthly)]
    fn get_price_monthly<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.price_monthly.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PricingFloatingIpPrice", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PricingFloatingIpPrice", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Price of Images.
#[pyclass(frozen, module = "hetzcloud._native", name = "PricingImage")]
pub struct PricingImage(pub Lazy<m::PricingImage>);

impl ToPy for m::PricingImage {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PricingImage(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PricingImage {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PricingImage {
    /// Price of Images per GB/month.
    #[getter(price_per_gb_month)]
    fn get_price_per_gb_month<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.price_per_gb_month.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PricingImage", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PricingImage", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Price of Server backups.
#[pyclass(frozen, module = "hetzcloud._native", name = "PricingServerBackup")]
pub struct PricingServerBackup(pub Lazy<m::PricingServerBackup>);

impl ToPy for m::PricingServerBackup {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PricingServerBackup(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PricingServerBackup {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PricingServerBackup {
    /// Price increase of the Server base price in percentage.
    #[getter(percentage)]
    fn get_percentage<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.percentage.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PricingServerBackup", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PricingServerBackup", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PricingServerType
#[pyclass(frozen, module = "hetzcloud._native", name = "PricingServerType")]
pub struct PricingServerType(pub Lazy<m::PricingServerType>);

impl ToPy for m::PricingServerType {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PricingServerType(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PricingServerType {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PricingServerType {
    /// ID of the Server Types the price is for.
    #[getter(id)]
    fn get_id<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.id.to_py(py)
    }

    /// Name of the Server Types the price is for.
    #[getter(name)]
    fn get_name<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.name.to_py(py)
    }

    /// Price of the Server Types per Location.
    #[getter(prices)]
    fn get_prices<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.prices.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PricingServerType", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PricingServerType", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// Price of Floating IPs.
///
/// **Deprecated**: This field is deprecated, please refer to the `floating_ips` field instead.
///
/// See the [Changelog](https://docs.hetzner.cloud/changelog#2024-08-29-field-floating_ip-in-pricing-response-is-now-deprecated) for more details.
#[pyclass(frozen, module = "hetzcloud._native", name = "PricingFloatingIp2")]
pub struct PricingFloatingIp2(pub Lazy<m::PricingFloatingIp2>);

impl ToPy for m::PricingFloatingIp2 {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PricingFloatingIp2(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PricingFloatingIp2 {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PricingFloatingIp2 {
    /// Price of one Floating IP per month.
    #[getter(price_monthly)]
    fn get_price_monthly<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.price_monthly.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PricingFloatingIp2", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PricingFloatingIp2", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// PrimaryIPsResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "PrimaryIPsResponse")]
pub struct PrimaryIPsResponse(pub Lazy<m::PrimaryIPsResponse>);

impl ToPy for m::PrimaryIPsResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, PrimaryIPsResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::PrimaryIPsResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl PrimaryIPsResponse {
    #[getter(primary_ips)]
    fn get_primary_ips<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.primary_ips.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("PrimaryIPsResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("PrimaryIPsResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListServerTypesResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListServerTypesResponse")]
pub struct ListServerTypesResponse(pub Lazy<m::ListServerTypesResponse>);

impl ToPy for m::ListServerTypesResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListServerTypesResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListServerTypesResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListServerTypesResponse {
    #[getter(server_types)]
    fn get_server_types<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server_types.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListServerTypesResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListServerTypesResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListServersResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListServersResponse")]
pub struct ListServersResponse(pub Lazy<m::ListServersResponse>);

impl ToPy for m::ListServersResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListServersResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListServersResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListServersResponse {
    #[getter(servers)]
    fn get_servers<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.servers.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListServersResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListServersResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListSshKeysResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListSshKeysResponse")]
pub struct ListSshKeysResponse(pub Lazy<m::ListSshKeysResponse>);

impl ToPy for m::ListSshKeysResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListSshKeysResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListSshKeysResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListSshKeysResponse {
    #[getter(ssh_keys)]
    fn get_ssh_keys<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.ssh_keys.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListSshKeysResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListSshKeysResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListVolumesResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListVolumesResponse")]
pub struct ListVolumesResponse(pub Lazy<m::ListVolumesResponse>);

impl ToPy for m::ListVolumesResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListVolumesResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListVolumesResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListVolumesResponse {
    #[getter(volumes)]
    fn get_volumes<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.volumes.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListVolumesResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListVolumesResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListZonesResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListZonesResponse")]
pub struct ListZonesResponse(pub Lazy<m::ListZonesResponse>);

impl ToPy for m::ListZonesResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListZonesResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListZonesResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListZonesResponse {
    #[getter(zones)]
    fn get_zones<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.zones.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListZonesResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListZonesResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// GetZoneZonefileResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "GetZoneZonefileResponse")]
pub struct GetZoneZonefileResponse(pub Lazy<m::GetZoneZonefileResponse>);

impl ToPy for m::GetZoneZonefileResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, GetZoneZonefileResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::GetZoneZonefileResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl GetZoneZonefileResponse {
    /// Generated zone file.
    ///
    /// Example:
    ///
    /// ```text
    /// $ORIGIN    example.com.
    /// $TTL    3600
    ///
    /// @    IN    SOA    hydrogen.ns.hetzner.com. dns.hetzner.com. 2024010100 86400 10800 3600000 3600
    ///
    /// @    IN    10800    NS    hydrogen.ns.hetzner.com. ; Some comment.
    /// @    IN    10800    NS    oxygen.ns.hetzner.com.
    /// @    IN    10800    NS    helium.ns.hetzner.de.
    /// ```
    #[getter(zonefile)]
    fn get_zonefile<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.zonefile.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("GetZoneZonefileResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("GetZoneZonefileResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// ListZoneRrsetsResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "ListZoneRrsetsResponse")]
pub struct ListZoneRrsetsResponse(pub Lazy<m::ListZoneRrsetsResponse>);

impl ToPy for m::ListZoneRrsetsResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, ListZoneRrsetsResponse(Lazy::ready(self)))?.into_any())
    }
}

impl crate::answer::Answer for m::ListZoneRrsetsResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        _waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok((*self).into_py_any(py)?.unbind())
    }
}

#[pymethods]
impl ListZoneRrsetsResponse {
    #[getter(rrsets)]
    fn get_rrsets<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.rrsets.to_py(py)
    }

    #[getter(meta)]
    fn get_meta<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.meta.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("ListZoneRrsetsResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("ListZoneRrsetsResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }
}

/// CreateCertificateResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "CreateCertificateResponse"
)]
pub struct CreateCertificateResponse(
    pub Lazy<m::CreateCertificateResponse>,
    pub Option<Py<PyAny>>,
);

impl ToPy for m::CreateCertificateResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreateCertificateResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreateCertificateResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreateCertificateResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreateCertificateResponse {
    #[getter(certificate)]
    fn get_certificate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.certificate.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreateCertificateResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreateCertificateResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// CreateFirewallResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "CreateFirewallResponse")]
pub struct CreateFirewallResponse(pub Lazy<m::CreateFirewallResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::CreateFirewallResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreateFirewallResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreateFirewallResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreateFirewallResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreateFirewallResponse {
    #[getter(firewall)]
    fn get_firewall<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.firewall.to_py(py)
    }

    #[getter(actions)]
    fn get_actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.actions.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreateFirewallResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreateFirewallResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["actions"],
            timeout,
            progress,
        )
    }
}

/// CreateFloatingIpResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "CreateFloatingIpResponse"
)]
pub struct CreateFloatingIpResponse(pub Lazy<m::CreateFloatingIpResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::CreateFloatingIpResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreateFloatingIpResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreateFloatingIpResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreateFloatingIpResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreateFloatingIpResponse {
    #[getter(floating_ip)]
    fn get_floating_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.floating_ip.to_py(py)
    }

    /// Action will only be returned if the Floating IP is getting assigned.
    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreateFloatingIpResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreateFloatingIpResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// CreateLoadBalancerResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "CreateLoadBalancerResponse"
)]
pub struct CreateLoadBalancerResponse(
    pub Lazy<m::CreateLoadBalancerResponse>,
    pub Option<Py<PyAny>>,
);

impl ToPy for m::CreateLoadBalancerResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreateLoadBalancerResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreateLoadBalancerResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreateLoadBalancerResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreateLoadBalancerResponse {
    #[getter(load_balancer)]
    fn get_load_balancer<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.load_balancer.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreateLoadBalancerResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreateLoadBalancerResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// CreatePlacementGroupResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "CreatePlacementGroupResponse"
)]
pub struct CreatePlacementGroupResponse(
    pub Lazy<m::CreatePlacementGroupResponse>,
    pub Option<Py<PyAny>>,
);

impl ToPy for m::CreatePlacementGroupResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreatePlacementGroupResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreatePlacementGroupResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreatePlacementGroupResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreatePlacementGroupResponse {
    #[getter(placement_group)]
    fn get_placement_group<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.placement_group.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreatePlacementGroupResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreatePlacementGroupResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// CreatePrimaryIpResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "CreatePrimaryIpResponse")]
pub struct CreatePrimaryIpResponse(pub Lazy<m::CreatePrimaryIpResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::CreatePrimaryIpResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreatePrimaryIpResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreatePrimaryIpResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreatePrimaryIpResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreatePrimaryIpResponse {
    #[getter(primary_ip)]
    fn get_primary_ip<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.primary_ip.to_py(py)
    }

    /// Action will only be returned if the Primary IP is getting assigned.
    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreatePrimaryIpResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreatePrimaryIpResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// CreateServerResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "CreateServerResponse")]
pub struct CreateServerResponse(pub Lazy<m::CreateServerResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::CreateServerResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreateServerResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreateServerResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreateServerResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreateServerResponse {
    #[getter(server)]
    fn get_server<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.server.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    #[getter(next_actions)]
    fn get_next_actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.next_actions.to_py(py)
    }

    /// Root password when no SSH keys have been specified.
    #[getter(root_password)]
    fn get_root_password<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.root_password.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreateServerResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreateServerResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action", "next_actions"],
            timeout,
            progress,
        )
    }
}

/// DeleteServerResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "DeleteServerResponse")]
pub struct DeleteServerResponse(pub Lazy<m::DeleteServerResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::DeleteServerResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, DeleteServerResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::DeleteServerResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            DeleteServerResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl DeleteServerResponse {
    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("DeleteServerResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("DeleteServerResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// CreateServerImageResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "CreateServerImageResponse"
)]
pub struct CreateServerImageResponse(
    pub Lazy<m::CreateServerImageResponse>,
    pub Option<Py<PyAny>>,
);

impl ToPy for m::CreateServerImageResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreateServerImageResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreateServerImageResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreateServerImageResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreateServerImageResponse {
    #[getter(image)]
    fn get_image<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.image.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreateServerImageResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreateServerImageResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// The `root_password` key in the reply contains the root password that can be used to access the booted rescue system.
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "EnableServerRescueResponse"
)]
pub struct EnableServerRescueResponse(
    pub Lazy<m::EnableServerRescueResponse>,
    pub Option<Py<PyAny>>,
);

impl ToPy for m::EnableServerRescueResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, EnableServerRescueResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::EnableServerRescueResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            EnableServerRescueResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl EnableServerRescueResponse {
    /// Password that will be set for this Server once the Action succeeds.
    #[getter(root_password)]
    fn get_root_password<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.root_password.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("EnableServerRescueResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("EnableServerRescueResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// RebuildServerResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "RebuildServerResponse")]
pub struct RebuildServerResponse(pub Lazy<m::RebuildServerResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::RebuildServerResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, RebuildServerResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::RebuildServerResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            RebuildServerResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl RebuildServerResponse {
    /// New root password when not using SSH keys.
    #[getter(root_password)]
    fn get_root_password<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.root_password.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("RebuildServerResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("RebuildServerResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// RequestServerConsoleResponse
#[pyclass(
    frozen,
    module = "hetzcloud._native",
    name = "RequestServerConsoleResponse"
)]
pub struct RequestServerConsoleResponse(
    pub Lazy<m::RequestServerConsoleResponse>,
    pub Option<Py<PyAny>>,
);

impl ToPy for m::RequestServerConsoleResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, RequestServerConsoleResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::RequestServerConsoleResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            RequestServerConsoleResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl RequestServerConsoleResponse {
    /// URL of websocket proxy to use; this includes a token which is valid for a limited time only.
    #[getter(wss_url)]
    fn get_wss_url<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.wss_url.to_py(py)
    }

    /// VNC password to use for this connection (this password only works in combination with a wss_url with valid token).
    #[getter(password)]
    fn get_password<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.password.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("RequestServerConsoleResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("RequestServerConsoleResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// CreateVolumeResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "CreateVolumeResponse")]
pub struct CreateVolumeResponse(pub Lazy<m::CreateVolumeResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::CreateVolumeResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreateVolumeResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreateVolumeResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreateVolumeResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreateVolumeResponse {
    #[getter(volume)]
    fn get_volume<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.volume.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    #[getter(next_actions)]
    fn get_next_actions<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.next_actions.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreateVolumeResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreateVolumeResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action", "next_actions"],
            timeout,
            progress,
        )
    }
}

/// CreateZoneResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "CreateZoneResponse")]
pub struct CreateZoneResponse(pub Lazy<m::CreateZoneResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::CreateZoneResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreateZoneResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreateZoneResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreateZoneResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreateZoneResponse {
    #[getter(zone)]
    fn get_zone<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.zone.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreateZoneResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreateZoneResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

/// CreateZoneRrsetResponse
#[pyclass(frozen, module = "hetzcloud._native", name = "CreateZoneRrsetResponse")]
pub struct CreateZoneRrsetResponse(pub Lazy<m::CreateZoneRrsetResponse>, pub Option<Py<PyAny>>);

impl ToPy for m::CreateZoneRrsetResponse {
    fn to_py<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.clone().into_py_any(py)
    }
    fn into_py_any<'py>(self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        Ok(Bound::new(py, CreateZoneRrsetResponse(Lazy::ready(self), None))?.into_any())
    }
}

impl crate::answer::Answer for m::CreateZoneRrsetResponse {
    fn into_answer(
        self: Box<Self>,
        py: Python<'_>,
        waiter: Option<&Py<PyAny>>,
    ) -> PyResult<Py<PyAny>> {
        Ok(Bound::new(
            py,
            CreateZoneRrsetResponse(Lazy::ready(*self), waiter.map(|w| w.clone_ref(py))),
        )?
        .into_any()
        .unbind())
    }
}

#[pymethods]
impl CreateZoneRrsetResponse {
    #[getter(rrset)]
    fn get_rrset<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.rrset.to_py(py)
    }

    #[getter(action)]
    fn get_action<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        self.0.get()?.action.to_py(py)
    }

    fn __repr__(&self) -> PyResult<String> {
        crate::model::repr("CreateZoneRrsetResponse", &*self.0.get()?)
    }

    /// A compact HTML table (Jupyter).
    fn _repr_html_(&self) -> PyResult<String> {
        crate::model::html("CreateZoneRrsetResponse", &*self.0.get()?)
    }

    /// The model as a JSON-compatible dict, named as in the API.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dict(py, &*self.0.get()?)
    }

    /// The model as a pandas DataFrame (metrics: indexed by time). Needs pandas.
    fn to_dataframe<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::model::to_dataframe(slf.as_any())
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<Self>()
            .is_ok_and(|o| matches!((self.0.get(), o.get().0.get()), (Ok(a), Ok(b)) if a == b))
    }

    fn __ne__(&self, other: &Bound<'_, PyAny>) -> bool {
        !self.__eq__(other)
    }

    /// Waits for this answer's actions (`action`, `actions`, `next_actions`) with the
    /// client that made the call; same options as `client.actions.wait`.
    #[pyo3(signature = (*, timeout=None, progress=None))]
    fn wait<'py>(
        slf: &Bound<'py, Self>,
        timeout: Option<f64>,
        progress: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        crate::answer::wait(
            slf.as_any(),
            slf.get().1.as_ref(),
            &["action"],
            timeout,
            progress,
        )
    }
}

crate::enum_to_py!(
    m::ActionStatus,
    m::CertificateType,
    m::CertificateStatusIssuance,
    m::CertificateStatusRenewal,
    m::RuleResponseDirection,
    m::RuleResponseProtocol,
    m::FirewallAppliedToType,
    m::FirewallAppliedToResourceType,
    m::FloatingIpType,
    m::ImageType,
    m::ImageStatus,
    m::ImageOsFlavor,
    m::ImageArchitecture,
    m::IsoType,
    m::LoadBalancerServiceProtocol,
    m::LoadBalancerServiceHealthCheckProtocol,
    m::LoadBalancerTargetType,
    m::HealthStatusStatus,
    m::AlgorithmType,
    m::NetworkSubnetType,
    m::PlacementGroupType,
    m::ServerTypeStorageType,
    m::ServerTypeCpuType,
    m::ServerStatus,
    m::ServerPublicNetFirewallStatus,
    m::VolumeStatus,
    m::PrimaryNameserverTsigAlgorithm,
    m::ZoneStatus,
    m::ZoneAuthoritativeNameserversDelegationStatus,
    m::ZoneRegistrar,
    m::ZoneMode,
    m::RrSetType
);

/// Adds every model class to the module.
pub fn register(module: &Bound<'_, PyModule>) -> PyResult<()> {
    module.add_class::<ActionResponse>()?;
    module.add_class::<Action>()?;
    module.add_class::<ActionResource>()?;
    module.add_class::<ActionError>()?;
    module.add_class::<CertificateResponse>()?;
    module.add_class::<Certificate>()?;
    module.add_class::<CertificateStatus>()?;
    module.add_class::<CertificateStatusError>()?;
    module.add_class::<GetDatacenterResponse>()?;
    module.add_class::<Datacenter>()?;
    module.add_class::<Location>()?;
    module.add_class::<DatacenterServerTypes>()?;
    module.add_class::<FirewallResponse>()?;
    module.add_class::<Firewall>()?;
    module.add_class::<RuleResponse>()?;
    module.add_class::<FirewallAppliedTo>()?;
    module.add_class::<FirewallAppliedToServer>()?;
    module.add_class::<LabelSelector>()?;
    module.add_class::<FirewallAppliedToResource>()?;
    module.add_class::<GetFloatingIpResponse>()?;
    module.add_class::<FloatingIp>()?;
    module.add_class::<DnsPtr>()?;
    module.add_class::<Protection>()?;
    module.add_class::<GetImageResponse>()?;
    module.add_class::<Image>()?;
    module.add_class::<ImageCreatedFrom>()?;
    module.add_class::<GetIsoResponse>()?;
    module.add_class::<Iso>()?;
    module.add_class::<DeprecationInfo>()?;
    module.add_class::<GetLoadBalancerTypeResponse>()?;
    module.add_class::<LoadBalancerType>()?;
    module.add_class::<Price>()?;
    module.add_class::<PriceHourly>()?;
    module.add_class::<GetLoadBalancerResponse>()?;
    module.add_class::<LoadBalancer>()?;
    module.add_class::<LoadBalancerPublicNet>()?;
    module.add_class::<LoadBalancerPublicNetIpv4>()?;
    module.add_class::<LoadBalancerPrivateNet>()?;
    module.add_class::<LoadBalancerService>()?;
    module.add_class::<LoadBalancerServiceHealthCheck>()?;
    module.add_class::<LoadBalancerServiceHealthCheckHttp>()?;
    module.add_class::<LoadBalancerServiceHttpConfig>()?;
    module.add_class::<LoadBalancerTarget>()?;
    module.add_class::<LoadBalancerTargetServer>()?;
    module.add_class::<HealthStatus>()?;
    module.add_class::<LoadBalancerTargetTarget>()?;
    module.add_class::<LoadBalancerTargetIp>()?;
    module.add_class::<Algorithm>()?;
    module.add_class::<GetLocationResponse>()?;
    module.add_class::<GetNetworkResponse>()?;
    module.add_class::<Network>()?;
    module.add_class::<NetworkSubnet>()?;
    module.add_class::<Route>()?;
    module.add_class::<PlacementGroupResponse>()?;
    module.add_class::<PlacementGroup>()?;
    module.add_class::<PrimaryIpResponse>()?;
    module.add_class::<PrimaryIp>()?;
    module.add_class::<GetServerTypeResponse>()?;
    module.add_class::<ServerType>()?;
    module.add_class::<ServerTypeLocation>()?;
    module.add_class::<GetServerResponse>()?;
    module.add_class::<Server>()?;
    module.add_class::<ServerPublicNet>()?;
    module.add_class::<ServerPublicNetIpv4>()?;
    module.add_class::<ServerPublicNetIpv6>()?;
    module.add_class::<ServerPublicNetFirewall>()?;
    module.add_class::<ServerPrivateNet>()?;
    module.add_class::<ServerProtection>()?;
    module.add_class::<GetSshKeyResponse>()?;
    module.add_class::<SshKey>()?;
    module.add_class::<GetVolumeResponse>()?;
    module.add_class::<Volume>()?;
    module.add_class::<GetZoneResponse>()?;
    module.add_class::<Zone>()?;
    module.add_class::<PrimaryNameserver>()?;
    module.add_class::<ZoneAuthoritativeNameservers>()?;
    module.add_class::<GetZoneRrsetResponse>()?;
    module.add_class::<RrSet>()?;
    module.add_class::<RrSetProtection>()?;
    module.add_class::<Record>()?;
    module.add_class::<ActionListResponse>()?;
    module.add_class::<CertificatesResponse>()?;
    module.add_class::<ListMeta>()?;
    module.add_class::<Pagination>()?;
    module.add_class::<ActionListResponseWithMeta>()?;
    module.add_class::<ListDatacentersResponse>()?;
    module.add_class::<FirewallsResponse>()?;
    module.add_class::<ListFloatingIpsResponse>()?;
    module.add_class::<ListImagesResponse>()?;
    module.add_class::<ListIsosResponse>()?;
    module.add_class::<ListLoadBalancerTypesResponse>()?;
    module.add_class::<ListLoadBalancersResponse>()?;
    module.add_class::<GetLoadBalancerMetricsResponse>()?;
    module.add_class::<Metrics>()?;
    module.add_class::<MetricsTimeSeries>()?;
    module.add_class::<ListLocationsResponse>()?;
    module.add_class::<ListNetworksResponse>()?;
    module.add_class::<PlacementGroupsResponse>()?;
    module.add_class::<GetPricingResponse>()?;
    module.add_class::<Pricing>()?;
    module.add_class::<PricingPrimaryIp>()?;
    module.add_class::<PricingPrimaryIpPrice>()?;
    module.add_class::<PricingFloatingIp>()?;
    module.add_class::<PricingFloatingIpPrice>()?;
    module.add_class::<PricingImage>()?;
    module.add_class::<PricingServerBackup>()?;
    module.add_class::<PricingServerType>()?;
    module.add_class::<PricingFloatingIp2>()?;
    module.add_class::<PrimaryIPsResponse>()?;
    module.add_class::<ListServerTypesResponse>()?;
    module.add_class::<ListServersResponse>()?;
    module.add_class::<ListSshKeysResponse>()?;
    module.add_class::<ListVolumesResponse>()?;
    module.add_class::<ListZonesResponse>()?;
    module.add_class::<GetZoneZonefileResponse>()?;
    module.add_class::<ListZoneRrsetsResponse>()?;
    module.add_class::<CreateCertificateResponse>()?;
    module.add_class::<CreateFirewallResponse>()?;
    module.add_class::<CreateFloatingIpResponse>()?;
    module.add_class::<CreateLoadBalancerResponse>()?;
    module.add_class::<CreatePlacementGroupResponse>()?;
    module.add_class::<CreatePrimaryIpResponse>()?;
    module.add_class::<CreateServerResponse>()?;
    module.add_class::<DeleteServerResponse>()?;
    module.add_class::<CreateServerImageResponse>()?;
    module.add_class::<EnableServerRescueResponse>()?;
    module.add_class::<RebuildServerResponse>()?;
    module.add_class::<RequestServerConsoleResponse>()?;
    module.add_class::<CreateVolumeResponse>()?;
    module.add_class::<CreateZoneResponse>()?;
    module.add_class::<CreateZoneRrsetResponse>()?;
    Ok(())
}
