from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="FerryDownloadToOssForm")


@_attrs_define
class FerryDownloadToOssForm:
    """
    Attributes:
        account (str): The ferry (data delivery) account's login (not documented).
        password (str): The ferry account's password, sent in clear as a form field (not documented).
        project_no (str): The project's number on the ferry side (not documented).
        biosample_cnt (int): The number of samples (not documented).
        included_filename_exts (str | Unset): File name extensions to include; the list format is not documented.
        sample_names (str | Unset): Samples to include; the list format is not documented.
        action (str | Unset): Not documented.
    """

    account: str
    password: str
    project_no: str
    biosample_cnt: int
    included_filename_exts: str | Unset = UNSET
    sample_names: str | Unset = UNSET
    action: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        account = self.account

        password = self.password

        project_no = self.project_no

        biosample_cnt = self.biosample_cnt

        included_filename_exts = self.included_filename_exts

        sample_names = self.sample_names

        action = self.action

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "account": account,
                "password": password,
                "project_no": project_no,
                "biosample_cnt": biosample_cnt,
            }
        )
        if included_filename_exts is not UNSET:
            field_dict["included_filename_exts"] = included_filename_exts
        if sample_names is not UNSET:
            field_dict["sample_names"] = sample_names
        if action is not UNSET:
            field_dict["action"] = action

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        account = d.pop("account")

        password = d.pop("password")

        project_no = d.pop("project_no")

        biosample_cnt = d.pop("biosample_cnt")

        included_filename_exts = d.pop("included_filename_exts", UNSET)

        sample_names = d.pop("sample_names", UNSET)

        action = d.pop("action", UNSET)

        ferry_download_to_oss_form = cls(
            account=account,
            password=password,
            project_no=project_no,
            biosample_cnt=biosample_cnt,
            included_filename_exts=included_filename_exts,
            sample_names=sample_names,
            action=action,
        )

        return ferry_download_to_oss_form
