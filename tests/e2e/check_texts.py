"""Texts the checker's end-to-end tests (CLI and HTTP) both read."""

# A chat the rules read as a sample request with a hold; the wording model also finds that no
# event lifts the hold (RG004), which no rule matches
CHAT = """Text messages with Vic - Hamilton Sheet Metal
2024-05-28 08:41  Lucia (Bellini Gelato): Hey Vic, it's Lucia from Bellini. Can you make a few \
test lids for the new pans? The 5 L ones, stainless, with the thumb notch like the drawing
2024-05-28 08:42  Lucia (Bellini Gelato): The rest are on hold for now, Marco decides on those \
(he's the boss lol)
2024-05-28 09:15  Vic: Sure thing Lucia. 18 gauge ok?
2024-05-28 09:16  Lucia (Bellini Gelato): yes 18 is fine
2024-05-31 16:02  Vic: test lids ready, drop by anytime
"""
