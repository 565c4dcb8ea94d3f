"""Open Referral HSDS 3.0: the social map in the international standard, in and out."""
