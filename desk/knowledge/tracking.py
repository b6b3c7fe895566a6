"""Public tracking pages of the carriers cross-border sellers ship with, found by the carrier name
as platforms write it ("DHL Express", "Royal Mail", "Yamato (JA)", "SF Express")."""

from __future__ import annotations

import re
from urllib.parse import quote

# Prefix of the name in lowercase letters and digits -> page; "{n}" is the URL-quoted number.
TRACKING_PAGES = {
    "ups": "https://www.ups.com/track?tracknum={n}",
    "usps": "https://tools.usps.com/go/TrackConfirmAction?tLabels={n}",
    "fedex": "https://www.fedex.com/fedextrack/?trknbr={n}",
    "dhl": "https://www.dhl.com/global-en/home/tracking.html?tracking-id={n}&submit=1",
    "deutschepost": "https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode={n}",
    "dpd": "https://tracking.dpd.de/status/en_US/parcel/{n}",
    "royalmail": "https://www.royalmail.com/track-your-item#/tracking-results/{n}",
    "evri": "https://www.evri.com/track/parcel/{n}",
    "hermes": "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation#{n}",
    "gls": "https://gls-group.eu/EU/en/parcel-tracking?match={n}",
    "colissimo": "https://www.laposte.fr/outils/suivre-vos-envois?code={n}",
    "laposte": "https://www.laposte.fr/outils/suivre-vos-envois?code={n}",
    "correos": "https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={n}",
    "seur": "https://www.seur.com/livetracking/?segOnlineIdentificador={n}",
    "posteitaliane": "https://www.poste.it/cerca/index.html#/risultati-spedizioni/{n}",
    "brt": "https://www.mybrt.it/it/mybrt/my-parcels/search?parcelNumber={n}",
    "japanpost": "https://trackings.post.japanpost.jp/services/srv/search/direct?reqCodeNo1={n}&locale=ja",
    "yamato": "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01={n}",
    "kuronekoyamato": "https://toi.kuronekoyamato.co.jp/cgi-bin/tneko?number00=1&number01={n}",
    "sagawa": "https://k2k.sagawa-exp.co.jp/p/web/okurijosearch.do?okurijoNo={n}",
    "sfexpress": "https://www.sf-express.com/chn/en/waybill/waybill-detail/{n}",
    "shunfeng": "https://www.sf-express.com/chn/en/waybill/waybill-detail/{n}",
    "cainiao": "https://global.cainiao.com/newDetail.htm?mailNoList={n}",
    "yunexpress": "https://www.yuntrack.com/parcelTracking?id={n}",
    "4px": "https://track.4px.com/#/result/0/{n}",
}
_BY_LENGTH = sorted(TRACKING_PAGES, key=len, reverse=True)
# Hermes UK renamed itself Evri in 2022; the name lingers in platform data.
_MARKET_ALIASES = {("hermes", "UK"): "evri"}
_NOT_ALNUM = re.compile(r"[^a-z0-9]+")


def carrier_key(carrier: str) -> str | None:
    """The TRACKING_PAGES key for a carrier name, or None for a carrier not listed."""
    name = _NOT_ALNUM.sub("", carrier.casefold())
    return next((key for key in _BY_LENGTH if name.startswith(key)), None)


def tracking_url(carrier: str, tracking_number: str, market: str = "") -> str:
    """The carrier's public tracking page for this parcel, or "" when unknown."""
    number = tracking_number.strip()
    key = carrier_key(carrier)
    if not number or key is None:
        return ""
    key = _MARKET_ALIASES.get((key, market), key)
    return TRACKING_PAGES[key].format(n=quote(number, safe=""))
