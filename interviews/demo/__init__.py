"""Demo data of Luisteren (seed_demo runs interviews, then codeboek); data.py holds the invented notes."""
