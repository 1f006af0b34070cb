"""The service family: image hosting, SMS and its templates, STS tokens, signed OSS URLs, short
links, BGI-coin payments and ferry copies; all effects outside the platform, so only answered
and recorded here."""

from __future__ import annotations

import base64
import hashlib
import hmac
from collections.abc import Mapping
from typing import Any
from urllib.parse import quote

from ..answers import ok, split_ids
from ..errors import INVALID_ARGUMENT, ApiError
from ..models import (
    AddSmsTemplateForm,
    AddSmsTemplateResponse,
    BatchSendSmsForm,
    BatchSendSmsResponse,
    BgicoinWithdrawForm,
    BgicoinWithdrawResponse,
    DelateSmsTemplateForm,
    DelateSmsTemplateResponse,
    FerryDownloadToOssForm,
    FerryDownloadToOssResponse,
    ImageUploadForm,
    ImageUploadResponse,
    ModifySmsTemplateForm,
    ModifySmsTemplateResponse,
    ShorturlsForm,
    ShorturlsResponse,
    SignedUrl,
    SignUrlForm,
    SignUrlRegion,
    SignUrlResponse,
    SmsForm,
    SmsResponse,
    StsTokenForm,
    StsTokenResponse,
    TemplateStatusForm,
    TemplateStatusResponse,
    UpdateMsgsStatusForm,
    UpdateMsgsStatusResponse,
)
from ..store import Store
from ..stores.service import ServiceStore, SmsTemplate, check_values, template_variables
from . import handles

# The platform's default lifetime of a signed URL, in seconds (the spec's SignUrlForm).
DEFAULT_URL_LIFETIME = 600

# Leading bytes of the image formats an image host takes, and the extension each is stored as.
_IMAGE_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "png"),
    (b"\xff\xd8\xff", "jpg"),
    (b"GIF87a", "gif"),
    (b"GIF89a", "gif"),
)


def image_extension(content: bytes) -> str | None:
    """The file extension of a PNG, JPEG, GIF or WebP image's content; None for anything else."""
    for signature, extension in _IMAGE_SIGNATURES:
        if content.startswith(signature):
            return extension
    if content[:4] == b"RIFF" and content[8:12] == b"WEBP":
        return "webp"
    return None


def _template_answer(template: SmsTemplate) -> dict[str, Any]:
    return {**template.model_dump(), "variables": template_variables(template)}


@handles("image_upload")
def image_upload(
    store: Store, form: ImageUploadForm, *, filenames: Mapping[str, str]
) -> ImageUploadResponse:
    if not form.image:
        raise ApiError(INVALID_ARGUMENT, "invalid argument: image: the file is empty")
    # Stored as uploaded: the sandbox does not strip EXIF data when allow_exif is false.
    stored = store.family(ServiceStore).store_image(
        form.image, filenames.get("image", ""), image_extension(form.image)
    )
    return ok(ImageUploadResponse, stored)


@handles("sms")
def sms(store: Store, form: SmsForm) -> SmsResponse:
    template = store.family(ServiceStore).usable_template(form.template)
    check_values(template, form.model_extra or {}, "form")
    # The message itself is the effect the app records; the platform's data is not used.
    return ok(SmsResponse, None)


@handles("sts_token")
def sts_token(store: Store, form: StsTokenForm) -> StsTokenResponse:
    # The sandbox's STS issues the credentials of its fixtures on every call (deterministic).
    return ok(StsTokenResponse, store.family(ServiceStore).sts_token())


@handles("sign_url")
def sign_url(store: Store, form: SignUrlForm) -> SignUrlResponse:
    if form.object_name.startswith(("/", "\\")):
        raise ApiError(
            INVALID_ARGUMENT, "invalid argument: object_name: an OSS key cannot start with / or \\"
        )
    settings, sts = store.family(ServiceStore).sign_url_settings()
    region = form.region or SignUrlRegion.domestic
    hosts = settings.hosts
    host = hosts.domestic if region is SignUrlRegion.domestic else hosts.international
    lifetime = DEFAULT_URL_LIFETIME if form.expiration_time is None else form.expiration_time
    expires = settings.clock + lifetime
    # OSS's query-string signature (version 1) over the sandbox's own STS credentials.
    text = f"GET\n\n\n{expires}\n/{sts.bucket}/{form.object_name}"
    secret = sts.credentials.access_key_secret.encode("utf-8")
    digest = hmac.new(secret, text.encode("utf-8"), hashlib.sha1).digest()
    signature = base64.b64encode(digest).decode("ascii")
    url = (
        f"{host}/{quote(form.object_name, safe='')}?Expires={expires}"
        f"&Signature={quote(signature, safe='')}"
        f"&OSSAccessKeyId={quote(sts.credentials.access_key_id, safe='')}"
        f"&security-token={quote(sts.credentials.security_token, safe='')}"
    )
    return ok(SignUrlResponse, SignedUrl.model_validate({"url": url, "expires": str(expires)}))


@handles("shorturls")
def shorturls(store: Store, form: ShorturlsForm) -> ShorturlsResponse:
    return ok(ShorturlsResponse, store.family(ServiceStore).short_url(str(form.url)))


@handles("bgicoin_withdraw")
def bgicoin_withdraw(store: Store, form: BgicoinWithdrawForm) -> BgicoinWithdrawResponse:
    if round(form.amount, 2) != form.amount:
        raise ApiError(INVALID_ARGUMENT, "invalid argument: amount: at most 2 decimal places")
    trade = store.family(ServiceStore).withdraw(
        account_name=form.account_name,
        amount=form.amount,
        order_type=int(form.order_type),
        order_id=form.order_id,
    )
    return ok(BgicoinWithdrawResponse, trade)


@handles("ferry_download_to_oss")
def ferry_download_to_oss(store: Store, form: FerryDownloadToOssForm) -> FerryDownloadToOssResponse:
    # Nothing to check the ferry account against: the copy is only answered (and recorded,
    # the password masked). The answer never holds the password.
    names = split_ids(form.sample_names)
    exts = split_ids(form.included_filename_exts)
    destination = (
        f"https://ferry-oss.sandbox.invalid/{quote(form.account, safe='')}/"
        f"{quote(form.project_no, safe='')}/"
    )
    return ok(
        FerryDownloadToOssResponse,
        {
            "project_no": form.project_no,
            "biosample_cnt": form.biosample_cnt,
            "sample_names": names,
            "included_filename_exts": exts,
            "action": form.action,
            "destination": destination,
        },
    )


@handles("add_sms_template")
def add_sms_template(store: Store, form: AddSmsTemplateForm) -> AddSmsTemplateResponse:
    template = store.family(ServiceStore).add_template(
        api_name=form.api_name,
        sign_name=form.sign_name,
        template_type=form.template_type,
        template_name=form.template_name,
        template_content=form.template_content,
        remark=form.remark,
    )
    return ok(AddSmsTemplateResponse, _template_answer(template))


@handles("modify_sms_template")
def modify_sms_template(store: Store, form: ModifySmsTemplateForm) -> ModifySmsTemplateResponse:
    template = store.family(ServiceStore).modify_template(
        form.template_code,
        template_type=form.template_type,
        template_name=form.template_name,
        template_content=form.template_content,
        remark=form.remark,
    )
    return ok(ModifySmsTemplateResponse, _template_answer(template))


@handles("delate_sms_template")
def delate_sms_template(store: Store, form: DelateSmsTemplateForm) -> DelateSmsTemplateResponse:
    template = store.family(ServiceStore).delete_template(form.template_code, form.api_name)
    return ok(
        DelateSmsTemplateResponse,
        {"template_code": template.template_code, "api_name": template.api_name, "deleted": True},
    )


@handles("template_status")
def template_status(store: Store, form: TemplateStatusForm) -> TemplateStatusResponse:
    templates = store.family(ServiceStore).refresh_template_status(split_ids(form.template_codes))
    return ok(TemplateStatusResponse, {"result": [_template_answer(t) for t in templates]})


@handles("update_msgs_status")
def update_msgs_status(store: Store, form: UpdateMsgsStatusForm) -> UpdateMsgsStatusResponse:
    batches = store.family(ServiceStore).refresh_batches(split_ids(form.msg_ids))
    return ok(UpdateMsgsStatusResponse, {"result": [batch.statistics() for batch in batches]})


@handles("batch_send_sms")
def batch_send_sms(store: Store, form: BatchSendSmsForm) -> BatchSendSmsResponse:
    batch = store.family(ServiceStore).send_batch(
        form.template_api_name,
        title=form.title,
        mobiles=split_ids(form.mobiles),
        template_params=form.template_params,
    )
    statistics = batch.statistics()
    return ok(
        BatchSendSmsResponse,
        {name: statistics[name] for name in ("msg_id", "title", "template_api_name", "total")},
    )
