private = PrivateAPI(app_key, app_secret, endpoint=endpoint,
                 max_retries=3, timeout=60, verbose=False)
register = private.register_sample(biosample_site=11, project_id='P-W19770800157', external_sample_id='S0ad004', depth=46.612)
print(register.dumps(indent=4))
