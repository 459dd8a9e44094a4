"""Single-byte encodings (issue 12, item 11): each reading is judged by whether its accented letters come
from one language's alphabet, so Western European files keep decoding as Windows-1252 / Latin-1 while
Czech, Polish and Turkish ones stop coming out as Windows-1252; UTF-8 with a few stray bytes stays UTF-8."""

from __future__ import annotations

import pytest

from viewer.core.read.alphabets import alphabet_misfit
from viewer.core.read.text import decode_with_notes

WESTERN = [
    ("cp1252", "Le café était plein\nLa société a dit « non » à l’été, selon le maire ; c’est très sûr.\n"),
    ("cp1252", "Le cœur de la ville\nL’œuvre a coûté 5 € ; Noël approche, dit-il.\n"),
    ("cp1252", "Größere Schäden an der Küste\nDer Bürgermeister sagte, die Straßen seien überflutet.\n"),
    ("cp1252", "Tormenta en la costa\nEl alcalde dijo que el señor Muñoz está a salvo; ¿quién pagará?\n"),
    (
        "cp1252",
        "Tempestade na costa\nO prefeito disse que a situação não é grave; as famílias estão sem luz.\n",
    ),
    (
        "cp1252",
        "Tempesta sulla costa\nIl sindaco ha detto che la città è più sicura, però l’acqua è salita.\n",
    ),
    ("cp1252", "Storm på kysten\nBorgmesteren sagde, at vandet steg to meter, og at skaderne er store.\n"),
    ("cp1252", "Storm vid kusten\nBorgmästaren sade att vattnet steg två meter och att skadorna är stora.\n"),
    (
        "cp1252",
        "Storm aan de kust\nDe burgemeester zei dat de schade groot is; de ruïne van het café staat.\n",
    ),
    (
        "cp1252",
        "Stormur á ströndinni\nBorgarstjórinn sagði að vindurinn hefði náð þrjátíu metrum á sekúndu. "
        "Þórður fór heim.\n",
    ),
    ("iso-8859-1", "Stormur á ströndinni\nBorgarstjórinn sagði að vindurinn hefði náð þrjátíu metrum.\n"),
    ("iso-8859-1", "Le café était plein\nLa société a dit non à l'été, selon le maire.\n"),
    ("iso-8859-1", "Storm vid kusten\nBrandmännen arbetade hela natten vid floden.\n"),
    ("iso-8859-1", "Sturm an der Küste\nDie Feuerwehr sagte, der Bürgermeister fürchte große Schäden.\n"),
    ("cp1252", "Tempête sur la côte\nLes pompiers ont travaillé toute la nuit près du fleuve.\n"),
    (
        "iso-8859-15",
        "Le cœur de la ville\nLa société a dit non à l'été, selon le maire; l'œuvre coûte 5 €.\n",
    ),
    (
        "cp1252",
        "Storm hits coast\n“We are safe,” the mayor said – but the roads — all of them — were shut… "
        "Damage: €5m, or £4m.\n",
    ),
    ("cp1252", "Storm hits coast\nThe owner’s café, run by José Müller, lost 20 µg of… nothing.\n"),
]

CENTRAL_AND_TURKISH = [
    ("cp1250", "Vihar a parton\nA polgármester szerint a víz két métert emelkedett, és a kár nagy lesz.\n"),
    ("iso-8859-2", "Vihar a parton\nA polgármester szerint a kár nagy lesz, és a tűzoltók dolgoznak.\n"),
    ("cp1250", "Búrka na pobreží\nStarosta povedal, že voda stúpla o dva metre a škody sú veľké.\n"),
    ("cp1250", "Oluja na obali\nGradonačelnik je rekao da je voda porasla, a štete će biti velike.\n"),
    ("cp1250", "Sztorm na wybrzeżu\nŚwiadkowie mówią, że wiatr zerwał dachy; straż pożarna działała.\n"),
    ("cp1254", "İstanbul'da fırtına\nBelediye başkanı, sokakların su altında kaldığını söyledi.\n"),
    (
        "cp1257",
        "Torm rannikul\nPäästjad töötasid terve öö jõe ääres ja linnapea rääkis suurtest kahjudest.\n",
    ),
    ("iso-8859-9", "Kıyıda fırtına\nŞehirde ağaçlar devrildi ve yollar kapandı.\n"),
]


@pytest.mark.parametrize(("encoding", "text"), WESTERN + CENTRAL_AND_TURKISH)
def test_single_byte_text_decodes_in_its_own_code_page(encoding: str, text: str) -> None:
    decoded, notes = decode_with_notes(text.encode(encoding))
    assert decoded == text
    assert notes == ()


# The trap: UTF-8 text with a few Windows-1252 bytes pasted in is not valid UTF-8, and detection alone
# reads the whole file in a Mac code page (Mac Roman, Mac Icelandic), breaking every accented letter.
UTF8_TEXT = "Maduro and Nicolás spoke in São Paulo\nThe café said “no” to Þórður’s plan, officials said.\n"
STRAY = [
    (b"It was the owner\x92s view.\n", 1),
    (b"He said \x93enough\x94 twice.\n", 2),
    (b"From 9 \x96 5, the caf\xe9 was shut.\n", 2),
]


@pytest.mark.parametrize(("tail", "bad"), STRAY)
def test_utf8_with_stray_windows_bytes_is_not_read_in_a_mac_code_page(tail: bytes, bad: int) -> None:
    raw = UTF8_TEXT.encode() + tail
    decoded, notes = decode_with_notes(raw)
    assert decoded == raw.decode("utf-8", errors="replace")
    assert decoded.count("\ufffd") == bad
    assert len(notes) == 1 and f"{bad} stray byte" in notes[0]
    for mac in ("mac_roman", "mac_iceland"):
        assert decoded != raw.decode(mac)


MISFITS = [
    # text, implausible words, stray letters
    ("Straße Müller trinkt Café", 0, 0),
    ("çalıştı rüzgârın", 0, 0),  # Turkish
    ("çalýþtý rüzgârýn", 2, 3),  # the same in Windows-1252: ç ü â beside Icelandic ý þ
    ("Povodně řekl škody", 0, 0),  # Czech
    ("Povodnì øekl škody", 0, 2),  # Windows-1252: Italian ì, Danish ø, Finnish š
    ("całą prąd", 0, 0),  # Polish
    ("wybrzeże całš", 0, 1),  # ISO-8859-2 read of Windows-1250: a š among Polish letters
    ("żquién señor", 1, 1),  # Windows-1250 read of Spanish: ż beside é
    ("cafй", 1, 0),  # a Cyrillic letter inside a Latin word
    ("Шторм обрушился", 0, 0),  # Cyrillic is not judged by the Latin table
    ("İstanbul ıslak", 0, 0),  # the Turkish dotted capital I
    ("20 µm, 1ª vez", 0, 0),  # micro sign, ordinal indicator
    ("the end", 0, 0),
]


@pytest.mark.parametrize(("text", "implausible", "stray"), MISFITS)
def test_alphabet_misfit_counts_mixed_alphabets(text: str, implausible: int, stray: int) -> None:
    assert alphabet_misfit(text) == (implausible, stray)
