"""Scanned copies of PDF pages, for the OCR tests, the demo and benchmarks/ocr.py.

A council or trust that publishes a scan has printed the pages, perhaps signed one,
and fed them through an office scanner: a picture of each page in greyscale at about
200 dpi, turned a degree or three, speckled with noise and slightly soft, saved as
JPEG inside a PDF with no text layer. `scanned_copy` makes that from a PDF's pages.
"""

from __future__ import annotations

import io
import random
from pathlib import Path

import pypdfium2
from PIL import Image, ImageDraw, ImageFilter

SCAN_DPI = 200
MAX_SKEW_DEGREES = 3.0
NOISE_SIGMA = 40  # grey levels of Gaussian noise, blended in at NOISE_SHARE
NOISE_SHARE = 0.25
BLUR_RADIUS = 0.6


def scanned_page(pdf: pypdfium2.PdfDocument, page_no: int, seed: int) -> Image.Image:
    """Page `page_no` (from 1) as a scanner sees it: greyscale, skewed, noisy, soft."""
    chance = random.Random(seed)
    image = pdf[page_no - 1].render(scale=SCAN_DPI / 72, grayscale=True).to_pil()
    angle = chance.uniform(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    noise = Image.effect_noise(image.size, NOISE_SIGMA)
    image = Image.blend(image, noise, NOISE_SHARE)
    return image.filter(ImageFilter.GaussianBlur(BLUR_RADIUS))


def signed(image: Image.Image) -> Image.Image:
    """The page with a pen signature near its foot, as signed minutes have."""
    image = image.copy()
    draw = ImageDraw.Draw(image)
    left, foot = image.width // 8, image.height - image.height // 12
    points = [(left + x * 6, foot - int(40 * ((x % 9) / 9) ** 2)) for x in range(60)]
    draw.line(points, fill=40, width=4)
    return image


def image_pdf(images: list[Image.Image], dpi: int = SCAN_DPI) -> bytes:
    """An image-only PDF, one JPEG picture a page, as scanners save them."""
    buffer = io.BytesIO()
    first, *rest = images
    first.save(buffer, "PDF", resolution=dpi, save_all=True, append_images=rest)
    return buffer.getvalue()


def scanned_copy(
    source: Path | bytes, pages: list[int], seed: int = 0, sign_last: bool = False
) -> bytes:
    """A scanned copy of `pages` of the PDF `source`, with no text layer."""
    pdf = pypdfium2.PdfDocument(source)
    try:
        images = [
            scanned_page(pdf, page_no, seed + index)
            for index, page_no in enumerate(pages)
        ]
    finally:
        pdf.close()
    if sign_last:
        images[-1] = signed(images[-1])
    return image_pdf(images)
