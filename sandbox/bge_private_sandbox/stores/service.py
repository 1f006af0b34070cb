"""The service family's state: stored images, short links, SMS templates and batch sends, the
BGI-coin trades, and the fixed settings the STS and OSS-signing answers are derived from."""

from __future__ import annotations

import hashlib
import math
import re
import sqlite3
from collections.abc import Mapping, Sequence
from decimal import Decimal
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ..errors import INVALID_ARGUMENT, NOT_FOUND, ApiError
from ..models import BgicoinTrade, ImageUpload, ShortUrl, ShorturlsForm, StsToken
from . import FamilyStore, utc_now

TEMPLATE = "sms_template"
BATCH = "sms_batch"
TRADE = "bgicoin_trade"
ACCOUNT = "bgicoin_account"
SHORT_URL = "short_url"
SETTING = "setting"
COUNTER = "counter"

PENDING_REVIEW = "pending"
APPROVED = "approved"
MESSAGE_SENT = "sent"
MESSAGE_DELIVERED = "delivered"

_BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
_SHORT_HOST = "https://s.sandbox.invalid/"


class _Fixture(BaseModel):
    model_config = ConfigDict(extra="forbid")


class SmsTemplate(_Fixture):
    """An SMS template as the sandbox keeps it (the answers of the template operations)."""

    template_code: str = Field(min_length=1, max_length=64)
    api_name: str = Field(min_length=1, max_length=64)
    sign_name: str = Field(min_length=1, max_length=64)
    template_type: int
    template_name: str = Field(min_length=1, max_length=64)
    template_content: str = Field(min_length=1, max_length=1024)
    remark: str = Field(min_length=1, max_length=512)
    status: str = Field(pattern=f"^({PENDING_REVIEW}|{APPROVED})$")


class StoredImageFixture(_Fixture):
    """An image the host already holds: `content` is the text a documentation example uploads
    in place of the real file, `stored` what the platform answered for that file."""

    content: str
    stored: ImageUpload


class ShortUrlFixture(_Fixture):
    url: str = Field(min_length=1)
    short_url: str = Field(min_length=1)


class SignUrlHosts(_Fixture):
    """The download host of each region (SignUrlRegion's values), without a trailing slash."""

    domestic: str = Field(pattern="^https://[^/]+$")
    international: str = Field(pattern="^https://[^/]+$")


class SignUrlSettings(_Fixture):
    """The sandbox's OSS signer: a fixed clock (so that answers are deterministic) and the
    download host of each region; the bucket and keys are those of the STS settings."""

    clock: int = Field(ge=0)
    hosts: SignUrlHosts


class BgicoinSettings(_Fixture):
    accounts: list[str] = []
    first_trade_no: str = Field(default="1000000000000000001", pattern="^[1-9][0-9]{0,30}$")


# What a Store made with other fixtures (tests) answers: the same shapes, on sandbox hosts.
_DEFAULT_STS = {
    "endpoint": "https://oss.sandbox.invalid",
    "bucket": "sandbox",
    "destination": "uploads",
    "base_uri": "https://sandbox.oss.sandbox.invalid/uploads",
    "credentials": {
        "access_key_id": "STS.sandbox",
        "access_key_secret": "sandbox-access-key-secret",
        "security_token": "sandbox-security-token",
        "expiration": "2100-01-01T00:00:00Z",
    },
}


class SmsBatchFixture(_Fixture):
    """A batch send already made: its messages are `sent` until a status refresh."""

    msg_id: str = Field(pattern="^[^,]+$")
    title: str = Field(min_length=1)
    template_api_name: str
    mobiles: list[str] = Field(min_length=1)


class ServiceFixtures(_Fixture):
    about: str = ""
    images: list[StoredImageFixture] = []
    short_urls: list[ShortUrlFixture] = []
    short_url_expires: int = Field(default=604799, ge=0)
    sts: StsToken = StsToken.model_validate(_DEFAULT_STS)
    sign_url: SignUrlSettings = SignUrlSettings(
        clock=0,
        hosts=SignUrlHosts(
            domestic="https://file.sandbox.invalid",
            international="https://international-file.sandbox.invalid",
        ),
    )
    bgicoin: BgicoinSettings = BgicoinSettings()
    sms_templates: list[SmsTemplate] = []
    sms_batches: list[SmsBatchFixture] = []


class SmsBatch(BaseModel):
    """One batch send and the state of each of its messages."""

    msg_id: str
    title: str
    template_api_name: str
    template_code: str
    messages: list[dict[str, str]]
    created: str
    refreshed: str | None = None

    def statistics(self) -> dict[str, Any]:
        counts = {MESSAGE_SENT: 0, MESSAGE_DELIVERED: 0}
        for message in self.messages:
            counts[message["status"]] = counts.get(message["status"], 0) + 1
        return {
            "msg_id": self.msg_id,
            "title": self.title,
            "template_api_name": self.template_api_name,
            "total": len(self.messages),
            "sent": counts[MESSAGE_SENT],
            "delivered": counts[MESSAGE_DELIVERED],
            "status": "finished" if counts[MESSAGE_SENT] == 0 else "sending",
            "messages": self.messages,
        }


_VARIABLE = re.compile(r"\$\{([^{}]+)\}")


def template_variables(template: SmsTemplate) -> list[str]:
    """The names of a template's variables (`${name}` in its text), in order, each once."""
    return list(dict.fromkeys(_VARIABLE.findall(template.template_content)))


def check_values(template: SmsTemplate, values: Mapping[str, Any], where: str) -> None:
    """Refuse values that do not fill exactly the template's variables, or hold no text."""
    wanted = template_variables(template)
    missing = [name for name in wanted if name not in values]
    unknown = [name for name in values if name not in wanted]
    problems = []
    if missing:
        problems.append(f"missing {', '.join(missing)}")
    if unknown:
        problems.append(f"{', '.join(unknown)} not variables of the template")
    for name, value in values.items():
        scalar = isinstance(value, str | int | float) and not isinstance(value, bool)
        if not scalar or (isinstance(value, float) and not math.isfinite(value)):
            problems.append(f"{name} must be text or a finite number")
    if problems:
        raise ApiError(
            INVALID_ARGUMENT,
            f"invalid argument: {where}: {'; '.join(problems)} "
            f"(template {template.api_name} takes: {', '.join(wanted) or 'no variables'})",
        )


def _base62(number: int, length: int) -> str:
    digits = []
    for _ in range(length):
        number, digit = divmod(number, 62)
        digits.append(_BASE62[digit])
    return "".join(digits)


def _same_amount(left: float, right: float) -> bool:
    return Decimal(repr(left)) == Decimal(repr(right))


class ServiceStore(FamilyStore):
    """Images by content, short links by URL, SMS templates by code (and api_name), batch sends
    by msg_id, BGI-coin trades by order_id; counters make new codes and numbers sequential."""

    NAME = "service"
    SCHEMA = (
        # Images are bytes, not JSON documents: a table of their own, keyed by content.
        "CREATE TABLE service_images (sha256 TEXT PRIMARY KEY, md5 TEXT NOT NULL,"
        " size INTEGER NOT NULL, url TEXT NOT NULL, filename TEXT NOT NULL,"
        " content BLOB, created TEXT NOT NULL)",
    )

    def load_fixtures(self, conn: sqlite3.Connection, fixtures: Mapping[str, Any]) -> None:
        checked = ServiceFixtures.model_validate(fixtures)
        now = utc_now()
        for image in checked.images:
            content = image.content.encode("utf-8")
            conn.execute(
                "INSERT INTO service_images VALUES (?, ?, ?, ?, ?, NULL, ?)",
                (
                    hashlib.sha256(content).hexdigest(),
                    image.stored.md5,
                    image.stored.size,
                    str(image.stored.url),
                    "",
                    now,
                ),
            )
        for link in checked.short_urls:
            ShortUrl.model_validate({"short_url": link.short_url, "expires": 0})  # a valid URL
            # Keyed as shorturls reads its form: the URL in its normalised form.
            url = str(ShorturlsForm.model_validate({"url": link.url}).url)
            self.documents.insert(conn, SHORT_URL, url, {"short_url": link.short_url})
        self.documents.put(conn, SETTING, "short_url_expires", {"value": checked.short_url_expires})
        self.documents.put(conn, SETTING, "sts", checked.sts.model_dump(mode="json"))
        self.documents.put(conn, SETTING, "sign_url", checked.sign_url.model_dump())
        for name in checked.bgicoin.accounts:
            self.documents.insert(conn, ACCOUNT, name, {"account_name": name})
        self.documents.put(
            conn, SETTING, "first_trade_no", {"value": checked.bgicoin.first_trade_no}
        )
        for template in checked.sms_templates:
            self.documents.insert(conn, TEMPLATE, template.template_code, template)
        for fixture in checked.sms_batches:
            sent_with = self._by_api_name(conn, fixture.template_api_name)
            if sent_with is None:
                raise ValueError(f"fixture batch {fixture.msg_id} names an unknown template")
            batch = SmsBatch(
                msg_id=fixture.msg_id,
                title=fixture.title,
                template_api_name=sent_with.api_name,
                template_code=sent_with.template_code,
                messages=[{"mobile": m, "status": MESSAGE_SENT} for m in fixture.mobiles],
                created=now,
            )
            self.documents.insert(conn, BATCH, batch.msg_id, batch)

    # ------------------------------------------------------------------ helpers

    def _setting(self, conn: sqlite3.Connection, name: str) -> dict[str, Any]:
        document = self.documents.get(conn, SETTING, name)
        assert document is not None, f"setting {name} is loaded with the fixtures"
        return document.body

    def _next(self, conn: sqlite3.Connection, counter: str) -> int:
        """The next number of `counter` (1, 2, ...): never reused, even after a deletion."""
        document = self.documents.get(conn, COUNTER, counter)
        number = 1 if document is None else int(document.body["value"]) + 1
        self.documents.put(conn, COUNTER, counter, {"value": number})
        return number

    # ------------------------------------------------------------------ images

    def store_image(self, content: bytes, filename: str, extension: str | None) -> ImageUpload:
        """The stored image with this content: the one already there (same URL), or a new one
        (`extension` None: content that is no known image format, refused unless stored)."""
        sha256 = hashlib.sha256(content).hexdigest()
        with self.write() as conn:
            row = conn.execute(
                "SELECT md5, size, url FROM service_images WHERE sha256 = ?", (sha256,)
            ).fetchone()
            if row is not None:
                return ImageUpload.model_validate(dict(row))
            if extension is None:
                raise ApiError(
                    INVALID_ARGUMENT,
                    "invalid argument: image: not a PNG, JPEG, GIF or WebP image",
                )
            md5 = hashlib.md5(content).hexdigest()
            image = ImageUpload.model_validate(
                {
                    "md5": md5,
                    "size": len(content),
                    "url": f"https://image.sandbox.invalid/{md5[:3]}/{md5}.{extension}",
                }
            )
            conn.execute(
                "INSERT INTO service_images VALUES (?, ?, ?, ?, ?, ?, ?)",
                (sha256, md5, len(content), str(image.url), filename, content, utc_now()),
            )
        return image

    def image_content(self, url: str) -> bytes | None:
        """The bytes stored at an image URL this sandbox answered (None: not stored here)."""
        with self.read() as conn:
            row = conn.execute(
                "SELECT content FROM service_images WHERE url = ?", (url,)
            ).fetchone()
        return None if row is None or row["content"] is None else bytes(row["content"])

    # ------------------------------------------------------------------ short links, STS, OSS

    def short_url(self, url: str) -> ShortUrl:
        """The short link of `url`: the same one every time (made on first request)."""
        with self.write() as conn:
            expires = int(self._setting(conn, "short_url_expires")["value"])
            document = self.documents.get(conn, SHORT_URL, url)
            if document is None:
                digest = int.from_bytes(hashlib.sha256(url.encode("utf-8")).digest(), "big")
                taken = {doc.body["short_url"] for doc in self.documents.select(conn, SHORT_URL)}
                length = 6
                short = _SHORT_HOST + _base62(digest, length)
                while short in taken:  # another URL's prefix: a longer code is still unique
                    length += 1
                    short = _SHORT_HOST + _base62(digest, length)
                document = self.documents.put(conn, SHORT_URL, url, {"short_url": short})
        short_url = document.body["short_url"]
        return ShortUrl.model_validate({"short_url": short_url, "expires": expires})

    def sts_token(self) -> StsToken:
        with self.read() as conn:
            return StsToken.model_validate(self._setting(conn, "sts"))

    def sign_url_settings(self) -> tuple[SignUrlSettings, StsToken]:
        with self.read() as conn:
            return (
                SignUrlSettings.model_validate(self._setting(conn, "sign_url")),
                StsToken.model_validate(self._setting(conn, "sts")),
            )

    # ------------------------------------------------------------------ BGI coins

    def withdraw(
        self, *, account_name: str, amount: float, order_type: int, order_id: str
    ) -> BgicoinTrade:
        """Charge an account for an order. The same order again is answered with its first
        trade (nothing charged twice); the same order_id with other details is refused."""
        with self.write() as conn:
            if self.documents.get(conn, ACCOUNT, account_name) is None:
                raise ApiError(NOT_FOUND, f"BGI-coin account {account_name} does not exist")
            asked = {"account_name": account_name, "amount": amount, "order_type": order_type}
            existing = self.documents.get(conn, TRADE, order_id)
            if existing is not None:
                first = existing.body
                same = (
                    first["account_name"] == account_name
                    and _same_amount(first["amount"], amount)
                    and first["order_type"] == order_type
                )
                if not same:
                    raise ApiError(
                        INVALID_ARGUMENT,
                        f"invalid argument: order_id: order {order_id} was already charged with "
                        "another account, amount or order_type",
                    )
                return BgicoinTrade(order_id=order_id, trade_no=first["trade_no"])
            number = self._next(conn, "bgicoin_trade")
            first_no = int(self._setting(conn, "first_trade_no")["value"])
            trade_no = str(first_no + number - 1)
            record = {**asked, "order_id": order_id, "trade_no": trade_no, "time": utc_now()}
            self.documents.insert(conn, TRADE, order_id, record)
        return BgicoinTrade(order_id=order_id, trade_no=trade_no)

    def trades(self, account_name: str | None = None) -> list[dict[str, Any]]:
        """Every trade (of one account, if given), oldest first: the sandbox's ledger."""
        with self.read() as conn:
            found = [doc.body for doc in self.documents.select(conn, TRADE)]
        return [trade for trade in found if account_name in (None, trade["account_name"])]

    # ------------------------------------------------------------------ SMS templates

    @staticmethod
    def _template_of(body: Mapping[str, Any]) -> SmsTemplate:
        return SmsTemplate.model_validate(body)

    def _by_api_name(self, conn: sqlite3.Connection, api_name: str) -> SmsTemplate | None:
        for document in self.documents.select(conn, TEMPLATE):
            if document.body["api_name"] == api_name:
                return self._template_of(document.body)
        return None

    def _template(self, conn: sqlite3.Connection, template_code: str) -> SmsTemplate:
        document = self.documents.get(conn, TEMPLATE, template_code)
        if document is None:
            raise ApiError(NOT_FOUND, f"SMS template {template_code} does not exist")
        return self._template_of(document.body)

    def add_template(
        self,
        *,
        api_name: str,
        sign_name: str,
        template_type: int,
        template_name: str,
        template_content: str,
        remark: str,
    ) -> SmsTemplate:
        """File a new template, pending review, under a new code; api_name must be free."""
        with self.write() as conn:
            taken = self._by_api_name(conn, api_name)
            if taken is not None:
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: api_name: {api_name} is already the api_name of "
                    f"template {taken.template_code}",
                )
            template = SmsTemplate(
                template_code=f"SMS_{200000000 + self._next(conn, 'sms_template')}",
                api_name=api_name,
                sign_name=sign_name,
                template_type=template_type,
                template_name=template_name,
                template_content=template_content,
                remark=remark,
                status=PENDING_REVIEW,
            )
            self.documents.insert(conn, TEMPLATE, template.template_code, template)
        return template

    def modify_template(
        self,
        template_code: str,
        *,
        template_type: int,
        template_name: str,
        template_content: str,
        remark: str,
    ) -> SmsTemplate:
        """Replace a template's text; only one that has not passed review. It is then pending
        review again."""
        with self.write() as conn:
            template = self._template(conn, template_code)
            if template.status == APPROVED:
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: template_code: template {template_code} has passed "
                    "review; only a template that has not can be changed",
                )
            changed = template.model_copy(
                update={
                    "template_type": template_type,
                    "template_name": template_name,
                    "template_content": template_content,
                    "remark": remark,
                    "status": PENDING_REVIEW,
                }
            )
            self.documents.put(conn, TEMPLATE, template_code, changed)
        return changed

    def delete_template(self, template_code: str, api_name: str) -> SmsTemplate:
        """Delete a template, named by its code and its api_name; the deleted template."""
        with self.write() as conn:
            template = self._template(conn, template_code)
            if template.api_name != api_name:
                raise ApiError(
                    INVALID_ARGUMENT,
                    f"invalid argument: api_name: template {template_code} has another api_name",
                )
            self.documents.delete(conn, TEMPLATE, template_code)
        return template

    def refresh_template_status(self, template_codes: Sequence[str]) -> list[SmsTemplate]:
        """Fetch the review outcome of these templates (all or none): in the sandbox, every
        review passes, so each template is approved from its first refresh on."""
        with self.write() as conn:
            templates = [self._template(conn, code) for code in dict.fromkeys(template_codes)]
            refreshed = []
            for template in templates:
                approved = template.model_copy(update={"status": APPROVED})
                self.documents.put(conn, TEMPLATE, template.template_code, approved)
                refreshed.append(approved)
        return refreshed

    def _usable(self, conn: sqlite3.Connection, api_name: str) -> SmsTemplate:
        template = self._by_api_name(conn, api_name)
        if template is None:
            raise ApiError(NOT_FOUND, f"SMS template {api_name} does not exist")
        if template.status != APPROVED:
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: SMS template {api_name} ({template.template_code}) has not "
                "passed review yet; see template_status",
            )
        return template

    def usable_template(self, api_name: str) -> SmsTemplate:
        """The approved template sent under `api_name`; 40401 or 40001 if there is none."""
        with self.read() as conn:
            return self._usable(conn, api_name)

    def templates(self) -> list[SmsTemplate]:
        with self.read() as conn:
            return [self._template_of(doc.body) for doc in self.documents.select(conn, TEMPLATE)]

    # ------------------------------------------------------------------ batch sends

    def send_batch(
        self,
        api_name: str,
        *,
        title: str,
        mobiles: Sequence[str],
        template_params: Sequence[Mapping[str, Any]],
    ) -> SmsBatch:
        """Record a batch send of the approved template `api_name`, one entry of values per
        number; each message is `sent` until a status refresh."""
        if len(template_params) != len(mobiles):
            raise ApiError(
                INVALID_ARGUMENT,
                f"invalid argument: template_params: {len(template_params)} entries for "
                f"{len(mobiles)} phone numbers; give one entry per number",
            )
        with self.write() as conn:
            template = self._usable(conn, api_name)
            for index, values in enumerate(template_params):
                check_values(template, values, f"template_params.{index}")
            number = self._next(conn, "sms_batch")
            batch = SmsBatch(
                msg_id=f"batch-{number:06d}",
                title=title,
                template_api_name=template.api_name,
                template_code=template.template_code,
                messages=[{"mobile": mobile, "status": MESSAGE_SENT} for mobile in mobiles],
                created=utc_now(),
            )
            self.documents.insert(conn, BATCH, batch.msg_id, batch)
        return batch

    def refresh_batches(self, msg_ids: Sequence[str]) -> list[SmsBatch]:
        """Fetch the delivery status of these batch sends (all or none): in the sandbox every
        message is delivered by its first refresh."""
        with self.write() as conn:
            refreshed = []
            for msg_id in dict.fromkeys(msg_ids):
                document = self.documents.get(conn, BATCH, msg_id)
                if document is None:
                    raise ApiError(NOT_FOUND, f"batch send {msg_id} does not exist")
                batch = SmsBatch.model_validate(document.body)
                batch = batch.model_copy(
                    update={
                        "messages": [
                            {**message, "status": MESSAGE_DELIVERED} for message in batch.messages
                        ],
                        "refreshed": utc_now(),
                    }
                )
                self.documents.put(conn, BATCH, msg_id, batch)
                refreshed.append(batch)
        return refreshed

    def batch(self, msg_id: str) -> SmsBatch | None:
        with self.read() as conn:
            document = self.documents.get(conn, BATCH, msg_id)
        return None if document is None else SmsBatch.model_validate(document.body)
